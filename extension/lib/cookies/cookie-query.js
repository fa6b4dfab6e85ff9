// The cookies.getAll queries to try, richest first, for one filter. `partitionKey: {}` adds
// partitioned (CHIPS) cookies; `firstPartyDomain: null` lets Firefox with first-party isolation
// list every cookie. Each browser version rejects the fields it does not know, so the caller
// tries these in order and remembers which one its browser accepts.
export function cookieQueries(filter = {}) {
  return [
    { ...filter, partitionKey: {}, firstPartyDomain: null },
    { ...filter, partitionKey: {} },
    { ...filter, firstPartyDomain: null },
    { ...filter },
  ];
}
