export default defineBackground(() => {
  // The toolbar button opens Trajectory's side panel beside the page.
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
});
