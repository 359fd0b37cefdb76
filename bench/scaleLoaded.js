// A loaded jaarschijf k times over: every theme, doelstelling, kaderafspraak
// and agreement repeated with suffixed ids, the same texts. For measuring how
// the cost grows (94 rows -> 940 -> 9,400) without writing source files.

const suffix = (id, i) => (i === 0 ? id : `${id}-x${i}`);

function mapEntries(record, fn) {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => fn(k, v)));
}

function scaleRaam(raam, k) {
  const themes = {};
  for (let i = 0; i < k; i++) {
    for (const [id, theme] of Object.entries(raam.themes)) {
      themes[suffix(id, i)] = {
        title: theme.title,
        doelstellingen: mapEntries(theme.doelstellingen, (did, d) => [
          suffix(did, i),
          { text: d.text, kaderafspraken: mapEntries(d.kaderafspraken, (kid, text) => [suffix(kid, i), text]) },
        ]),
      };
    }
  }
  return { ...raam, themes };
}

function scaleJaarschijf(j, k) {
  const themes = {};
  for (let i = 0; i < k; i++) {
    for (const [id, theme] of Object.entries(j.themes)) {
      themes[suffix(id, i)] = {
        ...theme,
        afspraken: theme.afspraken.map((a) => ({
          ...a,
          ...(a.id ? { id: suffix(a.id, i) } : {}),
          ...(a.kader ? { kader: suffix(a.kader, i) } : {}),
        })),
      };
    }
  }
  return { ...j, themes };
}

/** @param {import('../dist/sources/loadJaarschijf.js').LoadedJaarschijf} loaded */
export function scaleLoaded(loaded, k) {
  if (k === 1) return loaded;
  return {
    ...loaded,
    raamovereenkomst: scaleRaam(loaded.raamovereenkomst, k),
    jaarschijf: scaleJaarschijf(loaded.jaarschijf, k),
    ...(loaded.previous ? { previous: scaleLoaded(loaded.previous, k) } : {}),
  };
}
