// Tasks on the automation-practice site (sites/practice.mjs).
// Login: practice / Secret#Sauce4 (the login page states them too).
import { all, did, state, answer, submitted } from '../../eval/lib/checks.mjs';
import { atLeast, lastNotice, js } from '../lib.mjs';

const LAST = ['Okafor', 'Lindqvist', 'Barros', 'Nakamura', 'Haddad'];
const EMAILS = ['cokafor@mailbox.test', 'mia.lindqvist@mailbox.test', 'tbarros@mailbox.test', 'ren.n@mailbox.test', 'lhaddad@mailbox.test'];
const others = (list, keep) => list.filter((x) => x !== keep);

export default [
  {
    id: 'prac-01', site: 'practice', kind: 'pickers', smoke: true,
    instruction: 'On {BASE}/checkboxes tick checkbox 1',
    check: state('checkboxes', { c1: true, c2: true }),
    solve: [{ go: '/checkboxes' }, js("qa('#checkboxes input')[0].click()")],
  },
  {
    id: 'prac-02', site: 'practice', kind: 'pickers',
    instruction: 'select Option 2 from the dropdown at {BASE}/dropdown',
    check: state('dropdown', { value: '2', text: 'Option 2' }),
    solve: [{ go: '/dropdown' }, js("const s = q('#dropdown'); s.value = '2'; s.dispatchEvent(new Event('change', { bubbles: true }))")],
  },
  {
    id: 'prac-03', site: 'practice', kind: 'pickers',
    instruction: 'Go to {BASE}/ , open the Dropdown example and choose the third option',
    check: state('dropdown', { value: '3' }),
    solve: [{ go: '/' }, js("location.href = byText('a', 'Dropdown').href"), { wait: 800 },
      js("const s = q('#dropdown'); s.value = '3'; s.dispatchEvent(new Event('change', { bubbles: true }))")],
  },
  {
    id: 'prac-04', site: 'practice', kind: 'lists', smoke: true,
    instruction: '{BASE}/add_remove_elements/ add 3 elements, then remove one of them',
    check: all(state('elements', { count: 2 }), did('add-element', {}, { count: 3 }), did('delete-element', {}, { count: 1 })),
    solve: [{ go: '/add_remove_elements/' }, js("for (let i = 0; i < 3; i++) byText('button', 'Add Element').click(); q('.added-manually').click()")],
  },
  {
    id: 'prac-05', site: 'practice', kind: 'reading', smoke: true,
    instruction: 'On {BASE}/dynamic_loading/2, hit Start and tell me what text shows up once it has finished loading',
    check: all(did('loaded', { example: 2 }), answer(['Hello World'])),
    solve: [{ go: '/dynamic_loading/2' }, js("byText('button', 'Start').click()"), { wait: 3500 }, js("return q('#finish').innerText")],
  },
  {
    id: 'prac-07', site: 'practice', kind: 'dialogs', smoke: true,
    instruction: 'On {BASE}/javascript_alerts click the JS Alert button, accept it and tell me the result text',
    check: all(did('alert', { kind: 'alert' }), answer(['You successfully clicked an alert'])),
    solve: [{ go: '/javascript_alerts' }, js("window.alert = () => {}; byText('button', 'Click for JS Alert').click(); return q('#result').textContent")],
  },
  {
    id: 'prac-08', site: 'practice', kind: 'dialogs',
    instruction: 'open the JS Confirm on {BASE}/javascript_alerts and dismiss it (cancel). what does the page say after that?',
    check: all(did('alert', { kind: 'confirm', result: 'You clicked: Cancel' }), answer(['You clicked: Cancel'], { not: ['You clicked: Ok'] })),
    solve: [{ go: '/javascript_alerts' }, js("window.confirm = () => false; byText('button', 'Click for JS Confirm').click(); return q('#result').textContent")],
  },
  {
    id: 'prac-09', site: 'practice', kind: 'dialogs',
    instruction: "{BASE}/javascript_alerts: click for JS prompt, type 'hello there' into it and press OK, then report what the result line shows",
    check: all(did('alert', { kind: 'prompt', result: 'You entered: hello there' }), answer(['You entered: hello there'])),
    solve: [{ go: '/javascript_alerts' }, js("window.prompt = () => 'hello there'; byText('button', 'Click for JS Prompt').click(); return q('#result').textContent")],
  },
  {
    id: 'prac-10', site: 'practice', kind: 'dialogs',
    instruction: 'At {BASE}/javascript_alerts press the confirm button and click OK on the popup',
    check: did('alert', { kind: 'confirm', result: 'You clicked: Ok' }),
    solve: [{ go: '/javascript_alerts' }, js("window.confirm = () => true; byText('button', 'Click for JS Confirm').click()")],
  },
  {
    id: 'prac-11', site: 'practice', kind: 'lists', smoke: true,
    instruction: 'On {BASE}/hovers hover over the second user and open their profile',
    check: did('profile', { user: 2 }),
    solve: [{ go: '/hovers' }, js("location.href = qa('.figure')[1].querySelector('a').href"), { wait: 800 }],
  },
  {
    id: 'prac-12', site: 'practice', kind: 'reading',
    instruction: "{BASE}/hovers — what's the name that shows up under the third picture when you hover it?",
    check: answer(['user3'], { not: ['user1', 'user2'] }),
    solve: [{ go: '/hovers' }, js("return qa('.figure')[2].querySelector('h5').textContent")],
  },
  {
    id: 'prac-13', site: 'practice', kind: 'forms',
    instruction: 'go to {BASE}/key_presses, press the Escape key in the input box and tell me what it says underneath',
    check: all(did('key', { key: 'ESCAPE' }, { exclusive: false }), answer(['ESCAPE'])),
    solve: [{ go: '/key_presses' }, js("const t = q('#target'); t.focus(); key(t, 'Escape', 27); return q('#result').textContent")],
  },
  {
    id: 'prac-15', site: 'practice', kind: 'forms', smoke: true,
    instruction: 'Log in at {BASE}/login with username practice and password Secret#Sauce4, then tell me what the message at the top says',
    check: all(submitted('login', { username: 'practice', password: 'Secret#Sauce4' }), answer(['You logged into a secure area'])),
    solve: [{ go: '/login' }, js("setVal(q('#username'), 'practice'); setVal(q('#password'), 'Secret#Sauce4'); q('#login').requestSubmit()"), { wait: 800 },
      js("return q('#flash').textContent")],
  },
  {
    id: 'prac-16', site: 'practice', kind: 'forms',
    instruction: "{BASE}/login try logging in as 'admin' with password 'admin123' and tell me the error you get",
    check: all(submitted('login', { username: 'admin', password: 'admin123' }), answer(['Your username is invalid'])),
    solve: [{ go: '/login' }, js("setVal(q('#username'), 'admin'); setVal(q('#password'), 'admin123'); q('#login').requestSubmit()"), { wait: 800 },
      js("return q('#flash').textContent")],
  },
  {
    id: 'prac-17', site: 'practice', kind: 'forms',
    instruction: 'Sign into {BASE}/login (user: practice, pass: Secret#Sauce4), then log out again',
    check: all(did('login', { ok: true }, { exclusive: false }), did('logout')),
    solve: [{ go: '/login' }, js("setVal(q('#username'), 'practice'); setVal(q('#password'), 'Secret#Sauce4'); q('#login').requestSubmit()"), { wait: 800 },
      js("location.href = q('a[href=\"/logout\"]').href"), { wait: 800 }],
  },
  {
    id: 'prac-18', site: 'practice', kind: 'tables', smoke: true,
    instruction: 'On {BASE}/tables sort the first table by Due and tell me whose row ends up on top',
    check: all(state('table', { table: 'table1', sort: 'due', dir: 'asc' }), answer(['Lindqvist'], { not: others(LAST, 'Lindqvist') })),
    solve: [{ go: '/tables' }, js("byText('#table1 th', 'Due').click(); const r = q('#table1 tbody tr'); return r.cells[1].textContent + ' ' + r.cells[0].textContent")],
  },
  {
    id: 'prac-19', site: 'practice', kind: 'tables',
    instruction: '{BASE}/tables — in example 2, sort by the due column with the biggest amount first. who is at the top then?',
    check: all(state('table', { table: 'table2', sort: 'due', dir: 'desc' }), answer(['Barros'], { not: others(LAST, 'Barros') })),
    solve: [{ go: '/tables' }, js("const h = q('#table2 th .dues').parentNode; h.click(); h.click(); const r = q('#table2 tbody tr'); return r.cells[1].textContent + ' ' + r.cells[0].textContent")],
  },
  {
    id: 'prac-20', site: 'practice', kind: 'tables',
    instruction: 'click delete for Nakamura in the first table on {BASE}/tables',
    check: did('row-action', { table: 'table1', action: 'delete', last: 'Nakamura' }),
    solve: [{ go: '/tables' }, js("const r = qa('#table1 tbody tr').find((tr) => tr.cells[0].textContent === 'Nakamura'); byText('a', 'delete', r).click()")],
  },
  {
    id: 'prac-21', site: 'practice', kind: 'reading',
    instruction: "what's Leila Haddad's email address according to {BASE}/tables?",
    check: answer(['lhaddad@mailbox.test'], { not: others(EMAILS, 'lhaddad@mailbox.test') }),
    solve: [{ go: '/tables' }, js("return qa('#table1 tbody tr').find((tr) => tr.cells[0].textContent === 'Haddad').cells[2].textContent")],
  },
  {
    id: 'prac-22', site: 'practice', kind: 'iframes', smoke: true,
    instruction: "On {BASE}/iframe clear whatever is in the editor and type 'Meeting moved to Friday'",
    check: state('editor', { text: 'Meeting moved to Friday' }),
    solve: [{ go: '/iframe' }, js("const d = q('#mce_0_ifr').contentDocument; d.body.innerHTML = '<p>Meeting moved to Friday</p>'; d.body.dispatchEvent(new Event('input', { bubbles: true }))")],
  },
  {
    id: 'prac-23', site: 'practice', kind: 'iframes',
    instruction: '{BASE}/nested_frames what does the middle frame say?',
    check: answer(['MIDDLE'], { not: ['LEFT', 'RIGHT', 'BOTTOM'] }),
    solve: [{ go: '/nested_frames' }, js("return window.frames[0].frames[1].document.body.innerText")],
  },
  {
    id: 'prac-24', site: 'practice', kind: 'forms',
    instruction: "{BASE}/dynamic_controls enable the text box and type 'now it works' in it",
    check: all(state('controls', { input: 'enabled' }), state('controls-input', { value: 'now it works' })),
    solve: [{ go: '/dynamic_controls' }, js("byText('#input-example button', 'Enable').click()"), { wait: 2500 },
      js("setVal(q('#input-example input'), 'now it works')")],
  },
  {
    id: 'prac-25', site: 'practice', kind: 'dialogs',
    instruction: '{BASE}/entry_ad - get rid of the ad popup',
    check: did('ad', { action: 'closed' }, { exclusive: false }),
    solve: [{ go: '/entry_ad' }, { wait: 1200 }, js("q('.modal-footer p').click()")],
  },
  {
    id: 'prac-26', site: 'practice', kind: 'scroll',
    instruction: 'keep scrolling down {BASE}/infinite_scroll until at least 12 paragraphs have loaded',
    check: atLeast('scroll', 'paragraphs', 12),
    solve: [{ go: '/infinite_scroll' }, js("for (let i = 0; i < 30 && qa('.jscroll-added').length < 13; i++) { window.scrollTo(0, document.body.scrollHeight); await sleep(400); } return String(qa('.jscroll-added').length)")],
  },
  {
    id: 'prac-27', site: 'practice', kind: 'reading',
    instruction: 'On {BASE}/status_codes open the 404 one. what does that page say?',
    check: all(did('status-page', { code: 404 }), answer(['returned a 404 status code'])),
    solve: [{ go: '/status_codes' }, js("location.href = byText('a', '404').href"), { wait: 800 }, js("return q('#content p').innerText")],
  },
  {
    id: 'prac-28', site: 'practice', kind: 'newtab',
    instruction: '{BASE}/windows: click the link, and tell me the heading of the window it opens',
    check: all(did('new-window'), answer(['New Window'])),
    solve: [{ go: '/windows' }, js("byText('a', 'Click Here').click()"), { wait: 800 },
      js("return (await (await fetch('/windows/new')).text()).match(/<h3>(.*?)<\\/h3>/)[1]")],
  },
  {
    id: 'prac-29', site: 'practice', kind: 'shadow',
    instruction: "click the 'Click me' button on {BASE}/shadowdom three times",
    check: state('shadow-counter', { clicks: 3 }),
    solve: [{ go: '/shadowdom' }, js("const b = q('click-counter').shadowRoot.querySelector('button'); b.click(); b.click(); b.click()")],
  },
  {
    id: 'prac-30', site: 'practice', kind: 'dialogs',
    instruction: 'right-click inside the dashed box on {BASE}/context_menu and accept the alert that pops up',
    check: did('context-menu'),
    solve: [{ go: '/context_menu' }, js("window.alert = () => {}; q('#hot-spot').dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, button: 2 }))")],
  },
  {
    id: 'prac-31', site: 'practice', kind: 'lists',
    instruction: 'swap the two boxes on {BASE}/drag_and_drop by dragging A onto B',
    check: state('columns', { order: ['B', 'A'] }),
    solve: [{ go: '/drag_and_drop' }, js(`const a = q('#column-a'), b = q('#column-b'), dt = new DataTransfer();
      const fire = (el, t) => el.dispatchEvent(new DragEvent(t, { bubbles: true, cancelable: true, dataTransfer: dt }));
      fire(a, 'dragstart'); fire(b, 'dragenter'); fire(b, 'dragover'); fire(b, 'drop'); fire(a, 'dragend')`)],
  },
  {
    id: 'prac-32', site: 'practice', kind: 'reading',
    instruction: 'On {BASE}/notification_message_rendered click the link to load a new message and tell me what the notification says',
    check: lastNotice(['Action successful', 'Action unsuccesful, please try again', 'Action Unsuccessful']),
    solve: [{ go: '/notification_message_rendered' }, js("location.href = byText('a', 'here').href"), { wait: 800 }, js("return q('#flash').innerText")],
  },
];
