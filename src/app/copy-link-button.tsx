import { useState } from 'react';
import { useActions } from '../store/context';

/** Copies the page's address, which holds the whole view state, to the clipboard. */
export function CopyLinkButton() {
  const { notify } = useActions();
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard access');
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
      setTimeout(() => setStatus(''), 2000);
    } catch {
      notify(`This browser did not allow copying; the link to this view is ${url}`);
    }
  };
  return (
    <>
      <button type="button" className="export-button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-link-status muted" role="status">
        {status}
      </span>
    </>
  );
}
