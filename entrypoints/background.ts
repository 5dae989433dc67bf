export default defineBackground(() => {
  // Filled in by the toolbar work (issue 4).
});
