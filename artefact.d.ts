// The compiled redirect map, aliased in next.config.ts to the build's (or preview's)
// .glossary folder: full path of an alias or former slug → the term's canonical path.
declare module 'glossary-artefact/redirects.json' {
  const redirects: Record<string, string>;
  export default redirects;
}
