/** The editing page's tabs, in the order shown; the view's URL names the open one (`?edit=`). */
export const EDITING_TABS = ["import", "history", "export"] as const;
export type EditingTab = (typeof EDITING_TABS)[number];
