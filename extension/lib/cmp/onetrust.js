// OneTrust's (Optanon's) declaration: GetDomainData().Groups[], each with its cookies in
// FirstPartyCookies[] (older versions: Cookies[]) and its third parties' in Hosts[].Cookies[].
// A group maps by its standard id (C0001..C0005); a site that numbers its groups otherwise maps
// by the group's name in the page's language; a subgroup without either takes its parent's.
import { ONETRUST_GROUP_IDS, categoryOfName } from './category-map.js';

function groupName(group) {
  if (typeof group.GroupName === 'string') return group.GroupName;
  const text = group.GroupLanguagePropertiesSets?.[0]?.GroupName?.Text;
  return typeof text === 'string' ? text : undefined;
}

function groupIds(group) {
  return [group.OptanonGroupId, group.CustomGroupId].filter((id) => typeof id === 'string' || typeof id === 'number').map(String);
}

function ownCategory(group) {
  for (const id of groupIds(group)) {
    if (Object.hasOwn(ONETRUST_GROUP_IDS, id)) return ONETRUST_GROUP_IDS[id];
  }
  return categoryOfName(groupName(group));
}

function cookiesOf(group) {
  const lists = [group.FirstPartyCookies, group.Cookies];
  if (Array.isArray(group.Hosts)) lists.push(...group.Hosts.map((host) => host?.Cookies));
  return lists.filter(Array.isArray).flat();
}

export function readOneTrust(domainData) {
  const groups = Array.isArray(domainData?.Groups) ? domainData.Groups.filter((g) => g && typeof g === 'object') : [];
  const byId = new Map();
  for (const group of groups) for (const id of groupIds(group)) byId.set(id, group);
  const cookies = [];
  for (const group of groups) {
    const parent = byId.get(String(group.Parent ?? ''));
    const category = ownCategory(group) ?? (parent ? ownCategory(parent) : undefined);
    if (!category) continue;
    const label = groupName(group) ?? (parent && groupName(parent)) ?? category;
    for (const cookie of cookiesOf(group)) {
      if (typeof cookie?.Name === 'string') cookies.push({ name: cookie.Name, pattern: false, category, label });
    }
  }
  return cookies;
}
