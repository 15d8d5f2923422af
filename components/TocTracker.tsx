'use client';

import { useEffect } from 'react';

interface Props {
  /** The table of contents whose links point at the sections. */
  tocId: string;
}

/**
 * Marks the TOC link of the section being read with aria-current. The TOC itself is
 * server-rendered and works without this; the tracking is the only part that needs a browser.
 */
export function TocTracker({ tocId }: Props) {
  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(`#${tocId} a[href^="#"]`)];
    const sections = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((section): section is HTMLElement => section !== null);
    if (sections.length === 0) return;

    const update = () => {
      // The current section is the last heading above the top fifth of the screen; at the
      // very bottom of the page it is the last one, even when it is too short to get there.
      const line = window.innerHeight / 5;
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let current = atBottom ? sections.length - 1 : -1;
      if (!atBottom) sections.forEach((section, i) => section.getBoundingClientRect().top <= line && (current = i));
      links.forEach((link, i) => {
        if (i === current) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      });
    };
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [tocId]);
  return null;
}
