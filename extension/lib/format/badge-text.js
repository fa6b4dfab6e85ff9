// What the toolbar badge says: "!" while the host is not connected (nothing is being deleted),
// else the number of cookies deleted on the tab's page since it loaded, "" for none, capped at "999+".
export const WARNING_BADGE = '!';

export function badgeText({ connected, deletions }) {
  if (!connected) return WARNING_BADGE;
  if (!Number.isInteger(deletions) || deletions <= 0) return '';
  return deletions > 999 ? '999+' : String(deletions);
}
