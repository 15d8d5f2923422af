/** Leaves the page for `href`, as a link would: one seam for tests, where jsdom cannot navigate. */
export function navigateTo(href: string): void {
  window.location.assign(href);
}
