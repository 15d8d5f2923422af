'use client';

import { useEffect, useRef, useState } from 'react';

export interface ShareLinkLabels {
  copy: string;
  copied: string;
  copyManually: string;
  share: string;
}

interface Props {
  /** The page's canonical URL; the section the reader is at is added to it. */
  url: string;
  title: string;
  labels: ShareLinkLabels;
}

/**
 * Copies the canonical URL (plus the current #section) and announces it; where the
 * Clipboard API is missing, shows the URL selected for manual copying. Offers the
 * system share sheet where the Web Share API exists. Invisible until JavaScript runs.
 */
export function ShareLink({ url, title, labels }: Props) {
  const [ready, setReady] = useState(false);
  const [canShare, setCanShare] = useState(false);
  const [status, setStatus] = useState('');
  const [manualUrl, setManualUrl] = useState<string>();
  const manualInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setReady(true);
    setCanShare(typeof navigator.share === 'function');
  }, []);

  useEffect(() => {
    manualInput.current?.select();
  }, [manualUrl]);

  const target = () => url + window.location.hash;

  async function copy() {
    const link = target();
    try {
      await navigator.clipboard.writeText(link);
      setManualUrl(undefined);
      setStatus(labels.copied);
    } catch {
      setManualUrl(link);
      setStatus(labels.copyManually);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url: target() });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    // Invisible rather than absent until JavaScript runs: the space is kept, so nothing moves.
    <div className="share-link" data-ready={ready} aria-hidden={!ready}>
      <button type="button" onClick={copy}>
        {labels.copy}
      </button>
      {canShare && (
        <button type="button" onClick={share}>
          {labels.share}
        </button>
      )}
      {manualUrl && (
        <input ref={manualInput} readOnly value={manualUrl} aria-label={labels.copyManually} className="share-url" />
      )}
      <span role="status" className="share-status">
        {status}
      </span>
    </div>
  );
}
