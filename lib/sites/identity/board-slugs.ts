// Which company board an ATS URL belongs to, read from the URL alone.

/** boards.greenhouse.io/<board>/jobs/<id>, job-boards.greenhouse.io/<board>/…, /embed/job_app?for=<board>. */
export function greenhouseBoardSlug(url: URL): string | undefined {
  if (url.pathname.startsWith('/embed/')) return url.searchParams.get('for') ?? undefined;
  return /^\/([\w.-]+)\/jobs\//.exec(url.pathname)?.[1];
}

/** jobs.lever.co/<board>/<uuid> (and /apply). */
export function leverBoardSlug(url: URL): string | undefined {
  return /^\/([\w.-]+)/.exec(url.pathname)?.[1] || undefined;
}

/** jobs.ashbyhq.com/<board>/<uuid>. */
export function ashbyBoardSlug(url: URL): string | undefined {
  return /^\/([^/]+)/.exec(url.pathname)?.[1];
}

/** apply.workable.com/<board>/j/<code>, or the older <board>.workable.com/j/<code>. */
export function workableBoardSlug(url: URL): string | undefined {
  const sub = /^([\w-]+)\.workable\.com$/.exec(url.hostname)?.[1];
  if (sub && sub !== 'apply') return sub;
  return /^\/([\w-]+)/.exec(url.pathname)?.[1];
}
