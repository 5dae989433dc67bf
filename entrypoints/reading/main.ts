import { startReading } from '../../lib/ui/reading';

void startReading();
