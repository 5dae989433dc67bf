import { startOptions } from '../../lib/ui/options';

void startOptions();
