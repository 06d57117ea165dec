/* agent.js -- the in-page agent of browserai.
 *
 * Installed into a page's top document when the C executor first needs it
 * there (page_agent_eval in page.c; same-origin frames are reached from the
 * top), and called by the C executor through Runtime.evaluate (returnByValue,
 * awaitPromise) as window.__bai.<fn>(...). It finds elements the way a person
 * names them ("the second Add to cart button", "the username field"), measures
 * them for real mouse and keyboard input, and reads data out of pages.
 *
 * Rules: plain ES2020 (plus WeakRef when present), no dependencies; installs
 * once per window (evaluating it again is a no-op); every API function returns
 * plain JSON-serializable data and never throws: failures are
 * {ok:false, error:"..."}. Elements are handed out as integer refs
 * (window.__bai._refs: ref -> WeakRef(element)); locate, interactive and the
 * other finders share one ref table.
 *
 * Coordinates (box, center) are CSS pixels of the top-level viewport, with
 * same-origin iframe offsets added. Same-origin iframes and open shadow roots
 * are searched; cross-origin iframes and closed shadow roots are not. */
(function () {
  'use strict';
  if (typeof window === 'undefined' || window.__bai) return;

  const VERSION = 1;
  const MAX_WALK = 40000;     /* elements visited per call, at most */
  const THRESHOLD = 0.55;     /* least score locate accepts */
  const TIE = 0.03;           /* scores this close count as "equally good" */

