// The host's verdicts on many cookies, packed for the message from the background to a page:
// each distinct value (a reason, a site, a category) is sent once and each verdict is a run of
// indexes into them, so 10,000 verdicts that share a few dozen reasons make a few flat arrays.
// The background lists the cookies once and sends them with their packed verdicts, in order.
const identity = (value) => (value !== null && typeof value === 'object' ? JSON.stringify(value) : value);

// verdicts[i] judged the i-th cookie.
export function packVerdicts(verdicts) {
  const fields = [...new Set(verdicts.flatMap((verdict) => Object.keys(verdict)))];
  const values = [];
  const seen = new Map();
  const intern = (value) => {
    const id = identity(value);
    let index = seen.get(id);
    if (index === undefined) {
      index = values.length;
      seen.set(id, index);
      values.push(value);
    }
    return index;
  };
  const indexes = [];
  for (const verdict of verdicts) {
    for (const field of fields) indexes.push(field in verdict ? intern(verdict[field]) : -1);
  }
  return { fields, values, indexes };
}

// [{cookie, verdict}] for `cookies` and their packed verdicts, in the cookies' order.
export function joinVerdicts({ cookies, verdicts: { fields, values, indexes } }) {
  return cookies.map((cookie, at) => {
    const verdict = {};
    fields.forEach((field, f) => {
      const index = indexes[at * fields.length + f];
      if (index >= 0) verdict[field] = values[index];
    });
    return { cookie, verdict };
  });
}
