/*
 * Where the time goes: V8 CPU profiles' self time attributed to the original sources, through the
 * source maps of our build (lib/build.mjs) and, for Lit's code, through Lit's own maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const maps = new Map();

function loadMap(file) {
  if (!maps.has(file)) {
    let map;
    try {
      const payload = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
      map = { sourceMap: new SourceMap(payload), payload, dir: dirname(file) };
    } catch {
      map = undefined;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

function sourceLine(map, source, line) {
  const { sources, sourcesContent } = map.payload;
  const index = sources.findIndex((s) => resolve(map.dir, s) === source);
  return sourcesContent?.[index]?.split('\n')[line]?.trim();
}

/**
 * The original place of a generated position: `{ file, line, text }`, following a second map when
 * the first leads into a package that ships its own (Lit does).
 */
function original(file, line, column, root) {
  let place = { file, line, text: undefined };
  for (let hop = 0; hop < 2; hop++) {
    const map = loadMap(place.file);
    if (!map) break;
    const entry = map.sourceMap.findEntry(place.line, hop === 0 ? column : place.column);
    if (!entry || !entry.originalSource) break;
    const source = entry.originalSource.startsWith('file://')
      ? new URL(entry.originalSource).pathname
      : resolve(map.dir, entry.originalSource);
    place = {
      file: source,
      line: entry.originalLine,
      column: entry.originalColumn,
      text: sourceLine(map, source, entry.originalLine),
    };
    if (!existsSync(`${source}.map`)) break;
  }
  const inPackage = place.file.lastIndexOf('/node_modules/');
  return { ...place, file: inPackage >= 0 ? place.file.slice(inPackage + 1) : relative(root, place.file) };
}

/** The function a source line declares (`export function dateRangeRuns(` → `dateRangeRuns`), if it reads as one. */
function declaredName(text) {
  if (!text) return undefined;
  const match =
    /\bfunction\s*\*?\s*([\w$]+)/.exec(text) ??
    /^(?:(?:public|private|protected|static|async|override|get|set)\s+)*([\w$#]+)\s*(?:<[^>]*>)?\(/.exec(text) ??
    /^(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=/.exec(text);
  return match?.[1];
}

/**
 * Self time per function (ms) over one or more CPU profiles, biggest first, and per source file;
 * `urlToFile` maps a script URL to a local file (or undefined for other scripts).
 */
export function topFunctions(profiles, urlToFile, root, limit = 15) {
  const self = new Map();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    for (let i = 0; i < profile.samples.length; i++) {
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const { callFrame } = byId.get(profile.samples[i]);
      const key = `${callFrame.functionName}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;
      const entry = self.get(key) ?? { callFrame, ms: 0 };
      entry.ms += ms;
      self.set(key, entry);
      total += ms;
    }
  }
  const rows = new Map();
  const byFile = new Map();
  for (const { callFrame, ms } of self.values()) {
    const file = urlToFile(callFrame.url);
    const place = file ? original(file, callFrame.lineNumber, callFrame.columnNumber, root) : undefined;
    const where = place ? `${place.file}:${place.line + 1}` : callFrame.url ? callFrame.url.replace(/^.*\//, '') : '(native)';
    const name = declaredName(place?.text) ?? (callFrame.functionName || '(anonymous)');
    const key = `${name}|${where}`;
    const row = rows.get(key) ?? { name, where, text: place?.text, ms: 0 };
    row.ms += ms;
    rows.set(key, row);
    const group = place ? place.file : name.startsWith('(') ? name : '(native DOM and V8 built-ins)';
    byFile.set(group, (byFile.get(group) ?? 0) + ms);
  }
  const share = (ms) => (total ? ms / total : 0);
  return {
    totalMs: total,
    functions: [...rows.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, limit)
      .map((row) => ({ ...row, share: share(row.ms) })),
    files: [...byFile]
      .map(([file, ms]) => ({ file, ms, share: share(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, limit),
  };
}
