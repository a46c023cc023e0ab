import { render } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * The popup bench's floor: an empty Preact popup, rendered and marked the
 * way the real popup marks its first screen (the task after the first frame
 * that shows it).
 */
function EmptyPopup() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark('repere:popup-first-screen'), 0));
  }, []);
  return <main class="popup" />;
}

render(<EmptyPopup />, document.getElementById('app')!);
