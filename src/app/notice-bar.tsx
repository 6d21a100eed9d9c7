import { useActions, useAppStore } from '../store/context';

/** Shows the store's notice (e.g. a link that could not be followed) until dismissed. */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const { notify } = useActions();
  if (!notice) return null;
  return (
    <div className="notice-bar" role="alert">
      <span>{notice}</span>
      <button type="button" onClick={() => notify(null)}>
        Dismiss
      </button>
    </div>
  );
}
