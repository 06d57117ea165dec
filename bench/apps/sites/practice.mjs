// practice: an automation-practice site in the manner of the classic "the internet"
// style playgrounds: an index of links to small demo pages, each one widget, with
// sparse markup (no labels, few ids, no ARIA), one shared stylesheet, a footer.
// Text and data are this suite's own. What the pages record:
//   checkboxes    state checkboxes {c1, c2}
//   dropdown      state dropdown {value, text}
//   add/remove    add-element / delete-element, state elements {count}
//   dynamic load  start {example}, loaded {example}
//   alerts        alert {kind: alert|confirm|prompt, result}
//   hovers        profile {user} (the profile page, on load)
//   key presses   key {key}
//   context menu  context-menu {}
//   drag & drop   state columns {order: [first header, second header]}
//   inputs        state number {value}
//   login         submit login {username, password}, login {ok}, logout {}
//   tables        state table {table, sort, dir, top}, row-action {table, action, last, first}
//   iframe editor state editor {text, html}
//   notifications notice {message}
//   dyn controls  state controls {checkbox, input, message}, state controls-input {value}
//   entry ad      ad {action: shown|closed}
//   infinite      state scroll {paragraphs}
//   status codes  status-page {code}
//   windows       new-window {}
//   shadow dom    state shadow-counter {clicks}
import { page, esc } from './shell.mjs';

const CSS = `
body { font-family: "Helvetica Neue", Helvetica, Roboto, Arial, sans-serif; color: #222; margin: 0; font-size: 16px; line-height: 1.5; }
.row { max-width: 62.5rem; margin: 0 auto; }
.large-12 { padding: 0 15px; }
a { color: #2ba6cb; text-decoration: none; }
a:hover { color: #2795b6; }
h1.heading { font-size: 2.6rem; font-weight: 300; margin: 20px 0 10px; }
h2 { font-weight: 300; }
h3 { font-size: 1.7rem; font-weight: 300; margin: 20px 0 10px; }
.example { margin-bottom: 40px; }
button { font-size: 14px; padding: 4px 10px; margin: 4px 0; }
.button, button.radius { background: #2ba6cb; border: 1px solid #2284a1; color: #fff; padding: 10px 20px; border-radius: 3px; cursor: pointer; font-size: 15px; display: inline-block; }
#page-footer { text-align: center; color: #888; font-size: 13px; margin-top: 40px; }
.flash { padding: 14px 20px; margin: 12px 0; border: 1px solid; position: relative; font-size: 14px; }
.flash.success { background: #5da423; border-color: #457a1a; color: #fff; }
.flash.error { background: #c60f13; border-color: #970b0e; color: #fff; }
.flash .close { position: absolute; right: 10px; top: 8px; color: #333; font-size: 20px; }
table { border-collapse: collapse; margin: 10px 0 30px; }
th, td { border: 1px solid #ddd; padding: 6px 10px; text-align: left; font-size: 14px; }
th { background: #f5f5f5; cursor: pointer; }
.figure { display: inline-block; position: relative; margin: 0 30px 0 0; vertical-align: top; }
.figure img { display: block; }
.figcaption { display: none; }
.figure:hover .figcaption { display: block; }
#hot-spot { border-style: dashed; width: 250px; height: 150px; }
#columns .column { height: 150px; width: 150px; float: left; border: 2px solid #666; background: #ccc; margin-right: 5px; border-radius: 10px; box-shadow: inset 0 0 3px #000; text-align: center; cursor: move; }
#columns .column header { color: #fff; text-shadow: #000 0 1px; box-shadow: 5px; padding: 5px; background: #666; border-bottom: 1px solid #ddd; border-top-left-radius: 10px; border-top-right-radius: 10px; }
#columns .column.over { border: 2px dashed #000; }
#loading { margin: 10px 0; }
.modal-wrap { position: fixed; inset: 0; background: rgba(0,0,0,.6); display: none; }
.modal { position: fixed; top: 20%; left: 50%; width: 420px; margin-left: -210px; background: #fff; border-radius: 3px; z-index: 10; }
.modal-title { padding: 10px 20px; border-bottom: 1px solid #ddd; }
.modal-title h3 { margin: 0; }
.modal-body { padding: 10px 20px; }
.modal-footer { padding: 10px 20px; border-top: 1px solid #ddd; background: #f6f6f6; }
.modal-footer p { cursor: pointer; color: #2ba6cb; margin: 0; }
.jscroll-added { margin-bottom: 18px; }
`;

const layout = (title, inner, { script = '', head = '', flash = '' } = {}) => page({
  title: 'The Practice Playground',
  head: `<style>${CSS}</style>${head}`,
  body: `<div class="row">${flash}
  <div id="content" class="large-12 columns">
    <div class="example">
${inner}
    </div>
  </div>
</div>
<div id="page-footer" class="row"><div class="large-4 large-centered columns"><hr><div style="text-align: center;">Practice pages for browser automation</div></div></div>
${script ? `<script>${script}</script>` : ''}`,
});

const EXAMPLES = [
  ['/add_remove_elements/', 'Add/Remove Elements'],
  ['/broken_images', 'Broken Images'],
  ['/checkboxes', 'Checkboxes'],
  ['/context_menu', 'Context Menu'],
  ['/drag_and_drop', 'Drag and Drop'],
  ['/dropdown', 'Dropdown'],
  ['/dynamic_controls', 'Dynamic Controls'],
  ['/dynamic_loading', 'Dynamic Loading'],
  ['/entry_ad', 'Entry Ad'],
  ['/login', 'Form Authentication'],
  ['/frames', 'Frames'],
  ['/hovers', 'Hovers'],
  ['/infinite_scroll', 'Infinite Scroll'],
  ['/inputs', 'Inputs'],
  ['/javascript_alerts', 'JavaScript Alerts'],
  ['/key_presses', 'Key Presses'],
  ['/windows', 'Multiple Windows'],
  ['/notification_message_rendered', 'Notification Messages'],
  ['/shadowdom', 'Shadow DOM'],
  ['/tables', 'Sortable Data Tables'],
  ['/status_codes', 'Status Codes'],
];

const INDEX = page({
  title: 'The Practice Playground',
  head: `<style>${CSS}</style>`,
  body: `<div class="row"><div id="content" class="large-12 columns">
  <h1 class="heading">Welcome to the practice playground</h1>
  <h2>Available Examples</h2>
  <ul>
${EXAMPLES.map(([href, name]) => `    <li><a href="${href}">${name}</a></li>`).join('\n')}
  </ul>
</div></div>
<div id="page-footer" class="row"><div class="large-4 large-centered columns"><hr><div style="text-align: center;">Practice pages for browser automation</div></div></div>`,
});

const avatar = (hue) => `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160"><rect width="160" height="160" fill="hsl(${hue},20%,85%)"/><circle cx="80" cy="60" r="32" fill="hsl(${hue},15%,55%)"/><rect x="30" y="104" width="100" height="56" rx="40" fill="hsl(${hue},15%,55%)"/></svg>`)}`;

// ---- the table data (the suite's own people)
const PEOPLE = [
  { last: 'Okafor', first: 'Chidi', email: 'cokafor@mailbox.test', due: '$75.00', web: 'http://www.chidiokafor.test' },
  { last: 'Lindqvist', first: 'Mia', email: 'mia.lindqvist@mailbox.test', due: '$12.50', web: 'http://www.mialindqvist.test' },
  { last: 'Barros', first: 'Tiago', email: 'tbarros@mailbox.test', due: '$140.00', web: 'http://www.tiagobarros.test' },
  { last: 'Nakamura', first: 'Ren', email: 'ren.n@mailbox.test', due: '$51.00', web: 'http://www.rennakamura.test' },
  { last: 'Haddad', first: 'Leila', email: 'lhaddad@mailbox.test', due: '$99.99', web: 'http://www.leilahaddad.test' },
];

function table1() {
  return `<table id="table1" class="tablesorter">
  <thead><tr>
    <th class="header"><span>Last Name</span></th>
    <th class="header"><span>First Name</span></th>
    <th class="header"><span>Email</span></th>
    <th class="header"><span>Due</span></th>
    <th class="header"><span>Web Site</span></th>
    <th class="header"><span>Action</span></th>
  </tr></thead>
  <tbody>
${PEOPLE.map((p) => `    <tr><td>${p.last}</td><td>${p.first}</td><td>${p.email}</td><td>${p.due}</td><td>${p.web}</td><td><a href="#edit">edit</a> <a href="#delete">delete</a></td></tr>`).join('\n')}
  </tbody>
</table>`;
}

function table2() {
  return `<table id="table2" class="tablesorter">
  <thead><tr>
    <th class="header"><span class="last-name">Last Name</span></th>
    <th class="header"><span class="first-name">First Name</span></th>
    <th class="header"><span class="email">Email</span></th>
    <th class="header"><span class="dues">Due</span></th>
    <th class="header"><span class="web-site">Web Site</span></th>
    <th class="header"><span class="action">Action</span></th>
  </tr></thead>
  <tbody>
${PEOPLE.map((p) => `    <tr><td class="last-name">${p.last}</td><td class="first-name">${p.first}</td><td class="email">${p.email}</td><td class="dues">${p.due}</td><td class="web-site">${p.web}</td><td class="action"><a href="#edit">edit</a> <a href="#delete">delete</a></td></tr>`).join('\n')}
  </tbody>
</table>`;
}

const TABLES_JS = `
(function () {
  var COLS = ['last', 'first', 'email', 'due', 'web', 'action'];
  document.querySelectorAll('table.tablesorter').forEach(function (table) {
    var state = { col: -1, dir: 'asc' };
    var ths = table.querySelectorAll('thead th');
    ths.forEach(function (th, i) {
      if (i === 5) return;
      th.addEventListener('click', function () {
        state.dir = state.col === i && state.dir === 'asc' ? 'desc' : 'asc';
        state.col = i;
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[i].textContent.trim(), y = b.cells[i].textContent.trim();
          var c = i === 3 ? parseFloat(x.replace(/[$,]/g, '')) - parseFloat(y.replace(/[$,]/g, '')) : x.localeCompare(y);
          return state.dir === 'asc' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        ths.forEach(function (h) { h.className = 'header'; });
        th.className = 'header ' + (state.dir === 'asc' ? 'headerSortDown' : 'headerSortUp');
        rec('state', { name: 'table', table: table.id, sort: COLS[i], dir: state.dir, top: body.rows[0].cells[0].textContent.trim() });
      });
    });
    table.addEventListener('click', function (e) {
      var a = e.target.closest('a');
      if (!a) return;
      var tr = a.closest('tr');
      rec('row-action', { table: table.id, action: a.textContent.trim(), last: tr.cells[0].textContent.trim(), first: tr.cells[1].textContent.trim() });
    });
  });
})();
`;

const ALERTS_JS = `
function show(kind, text, ok) { var p = document.getElementById('result'); p.textContent = text; p.style.color = ok ? 'green' : 'red'; rec('alert', { kind: kind, result: text }); }
function jsAlert() { alert('I am a JS Alert'); show('alert', 'You successfully clicked an alert', true); }
function jsConfirm() { var r = confirm('I am a JS Confirm'); show('confirm', 'You clicked: ' + (r ? 'Ok' : 'Cancel'), r); }
function jsPrompt() { var r = prompt('I am a JS prompt'); show('prompt', 'You entered: ' + r, r !== null); }
`;

const KEYS_JS = `
(function () {
  var NAMES = { 8: 'BACK_SPACE', 9: 'TAB', 13: 'ENTER', 16: 'SHIFT', 17: 'CONTROL', 18: 'ALT', 27: 'ESCAPE', 32: 'SPACE', 37: 'LEFT', 38: 'UP', 39: 'RIGHT', 40: 'DOWN', 46: 'DELETE' };
  var CODES = { Backspace: 8, Tab: 9, Enter: 13, Shift: 16, Control: 17, Alt: 18, Escape: 27, ' ': 32, ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40, Delete: 46 };
  function label(e) {
    var code = e.keyCode || CODES[e.key] || (e.key && e.key.length === 1 ? e.key.toUpperCase().charCodeAt(0) : 0);
    if (NAMES[code]) return NAMES[code];
    if (e.key && e.key.length === 1) return e.key.toUpperCase();
    return String.fromCharCode(code);
  }
  document.addEventListener('keyup', function (e) {
    var k = label(e);
    document.getElementById('result').textContent = 'You entered: ' + k;
    rec('key', { key: k });
  });
})();
`;

const DND_JS = `
(function () {
  var dragSrc = null;
  var cols = document.querySelectorAll('#columns .column');
  function order() { return Array.prototype.map.call(document.querySelectorAll('#columns .column header'), function (h) { return h.textContent; }); }
  cols.forEach(function (col) {
    col.addEventListener('dragstart', function (e) { dragSrc = this; this.style.opacity = '0.4'; e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/html', this.innerHTML); });
    col.addEventListener('dragenter', function () { this.classList.add('over'); });
    col.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; return false; });
    col.addEventListener('dragleave', function () { this.classList.remove('over'); });
    col.addEventListener('drop', function (e) {
      e.stopPropagation(); e.preventDefault();
      if (dragSrc && dragSrc !== this) {
        dragSrc.innerHTML = this.innerHTML;
        this.innerHTML = e.dataTransfer.getData('text/html');
        rec('state', { name: 'columns', order: order() });
      }
      return false;
    });
    col.addEventListener('dragend', function () { cols.forEach(function (c) { c.classList.remove('over'); c.style.opacity = '1'; }); });
  });
})();
`;

// Paragraphs of the infinite-scroll page: pseudo-Latin, the same every time.
function paragraph(n) {
  const words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do', 'eiusmod', 'tempor',
    'incididunt', 'ut', 'labore', 'et', 'dolore', 'magna', 'aliqua', 'enim', 'ad', 'minim', 'veniam', 'quis', 'nostrud',
    'exercitation', 'ullamco', 'laboris', 'nisi', 'aliquip', 'ex', 'ea', 'commodo', 'consequat', 'duis', 'aute', 'irure'];
  let s = n * 7919 + 13;
  const out = [];
  for (let i = 0; i < 90; i++) { s = (s * 1103515245 + 12345) % 2147483648; out.push(words[s % words.length]); }
  const t = out.join(' ');
  return t.charAt(0).toUpperCase() + t.slice(1) + '.';
}
const PARAS = Array.from({ length: 60 }, (_, i) => paragraph(i + 1));

const EDITOR_JS = `
(function () {
  var frame = document.getElementById('mce_0_ifr');
  var doc = frame.contentDocument;
  doc.open();
  doc.write('<!DOCTYPE html><html><head><style>body{font-family:Verdana,Arial,sans-serif;font-size:14px;margin:8px;}</style></head>' +
    '<body id="tinymce" class="mce-content-body " data-id="mce_0" contenteditable="true" spellcheck="false"><p>Your content goes here.</p></body></html>');
  doc.close();
  function report() { rec('state', { name: 'editor', text: doc.body.innerText.trim(), html: doc.body.innerHTML }); }
  doc.addEventListener('input', report);
  doc.addEventListener('keyup', function () { });
  document.querySelectorAll('.tox-tbtn').forEach(function (b) {
    b.addEventListener('mousedown', function (e) { e.preventDefault(); });
    b.addEventListener('click', function () { frame.contentWindow.focus(); doc.execCommand(b.getAttribute('data-cmd')); report(); });
  });
})();
`;

const EDITOR_CSS = `
.tox { border: 1px solid #ccc; width: 100%; max-width: 900px; }
.tox-menubar, .tox-toolbar { display: flex; gap: 2px; padding: 3px 6px; border-bottom: 1px solid #ddd; background: #fff; }
.tox-mbtn { border: 0; background: none; padding: 4px 8px; font-size: 14px; color: #222; }
.tox-tbtn { border: 0; background: none; width: 32px; height: 30px; font-size: 14px; cursor: pointer; }
.tox-tbtn:hover { background: #dee0e2; }
.tox-edit-area iframe { width: 100%; height: 180px; border: 0; display: block; }
.tox-statusbar { font-size: 12px; color: #666; padding: 2px 8px; border-top: 1px solid #ddd; }
`;

const NOTICES = ['Action successful', 'Action unsuccesful, please try again', 'Action Unsuccessful'];

const FRAME = (name, body) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`;

const pages = {
  '/': INDEX,

  '/checkboxes': layout('Checkboxes', `<h3>Checkboxes</h3>
      <form id="checkboxes">
        <input type="checkbox"> checkbox 1<br>
        <input type="checkbox" checked> checkbox 2
      </form>`, {
    script: `document.getElementById('checkboxes').addEventListener('change', function () {
      var b = document.querySelectorAll('#checkboxes input');
      rec('state', { name: 'checkboxes', c1: b[0].checked, c2: b[1].checked });
    });`,
  }),

  '/dropdown': layout('Dropdown', `<h3>Dropdown List</h3>
      <select id="dropdown">
        <option value="" disabled="disabled" selected="selected">Please select an option</option>
        <option value="1">Option 1</option>
        <option value="2">Option 2</option>
        <option value="3">Option 3</option>
      </select>`, {
    script: `document.getElementById('dropdown').addEventListener('change', function () {
      var s = this; rec('state', { name: 'dropdown', value: s.value, text: s.options[s.selectedIndex].text });
    });`,
  }),

  '/add_remove_elements/': layout('Add/Remove Elements', `<h3>Add/Remove Elements</h3>
      <div class="example">
        <button onclick="addElement()">Add Element</button>
        <div id="elements"></div>
      </div>`, {
    script: `function count() { rec('state', { name: 'elements', count: document.querySelectorAll('#elements .added-manually').length }); }
    function addElement() {
      var b = document.createElement('button'); b.className = 'added-manually'; b.textContent = 'Delete';
      b.setAttribute('onclick', 'deleteElement(this)');
      document.getElementById('elements').appendChild(b); rec('add-element', {}); count();
    }
    function deleteElement(b) { b.parentNode.removeChild(b); rec('delete-element', {}); count(); }`,
  }),

  '/dynamic_loading': layout('Dynamic Loading', `<h3>Dynamically Loaded Page Elements</h3>
      <p>It's common to see an action get triggered that returns a result dynamically. It does not rely on the page to reload or finish loading. The page automatically gets updated (e.g. hiding elements, showing elements, updating copy, etc) through the use of JavaScript.</p>
      <p>There are two examples. One in which an element already exists on the page but it is not displayed. And another where the element is not on the page and gets added in.</p>
      <a href="/dynamic_loading/1">Example 1: Element on page that is hidden</a><br>
      <a href="/dynamic_loading/2">Example 2: Element rendered after the fact</a>`),

  '/dynamic_loading/1': layout('Dynamic Loading', `<h3>Dynamically Loaded Page Elements</h3>
      <h4>Example 1: Element on page that is hidden</h4>
      <br>
      <div id="start"><button>Start</button></div>
      <div id="finish" style="display:none"><h4>Hello World!</h4></div>`, {
    script: `document.querySelector('#start button').addEventListener('click', function () {
      rec('start', { example: 1 });
      var start = document.getElementById('start'); start.style.display = 'none';
      var l = document.createElement('div'); l.id = 'loading'; l.innerHTML = 'Loading... <img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="16" height="16" alt="">';
      start.parentNode.insertBefore(l, start.nextSibling);
      setTimeout(function () { l.style.display = 'none'; document.getElementById('finish').style.display = ''; rec('loaded', { example: 1 }); }, 3000);
    });`,
  }),

  '/dynamic_loading/2': layout('Dynamic Loading', `<h3>Dynamically Loaded Page Elements</h3>
      <h4>Example 2: Element rendered after the fact</h4>
      <br>
      <div id="start"><button>Start</button></div>`, {
    script: `document.querySelector('#start button').addEventListener('click', function () {
      rec('start', { example: 2 });
      var start = document.getElementById('start'); start.style.display = 'none';
      var l = document.createElement('div'); l.id = 'loading'; l.textContent = 'Loading... ';
      start.parentNode.insertBefore(l, start.nextSibling);
      setTimeout(function () {
        l.style.display = 'none';
        var f = document.createElement('div'); f.id = 'finish'; f.innerHTML = '<h4>Hello World!</h4>';
        l.parentNode.insertBefore(f, l.nextSibling); rec('loaded', { example: 2 });
      }, 3000);
    });`,
  }),

  '/javascript_alerts': layout('JavaScript Alerts', `<h3>JavaScript Alerts</h3>
      <p>Here are some examples of different JavaScript alerts which can be troublesome for automation</p>
      <ul>
        <li><button onclick="jsAlert()">Click for JS Alert</button></li>
        <li><button onclick="jsConfirm()">Click for JS Confirm</button></li>
        <li><button onclick="jsPrompt()">Click for JS Prompt</button></li>
      </ul>
      <h4>Result:</h4>
      <p id="result" style="color:green"></p>`, { script: ALERTS_JS }),

  '/hovers': layout('Hovers', `<h3>Hovers</h3>
      <p>Hover over the image for additional information</p>
${[1, 2, 3].map((n) => `      <div class="figure">
        <img src="${avatar(n * 110)}" alt="User Avatar" width="160" height="160">
        <div class="figcaption">
          <h5>name: user${n}</h5>
          <a href="/users/${n}">View profile</a>
        </div>
      </div>`).join('\n')}`),

  '/key_presses': layout('Key Presses', `<h3>Key Presses</h3>
      <p>Key presses are often used to interact with a website (e.g., tab order, enter, escape, etc.). Press a key and see what you inputted.</p>
      <form method="get" onsubmit="return false">
        <input id="target" type="text">
      </form>
      <p id="result"></p>`, { script: KEYS_JS }),

  '/context_menu': layout('Context Menu', `<h3>Context Menu</h3>
      <p>Context menu items are custom additions that appear in the right-click menu.</p>
      <p>Right-click in the box below to see one called 'the-playground'. When you click it, it will trigger a JavaScript alert.</p>
      <div id="hot-spot" oncontextmenu="displayMessage()"></div>`, {
    script: `function displayMessage() { alert('You selected a context menu'); rec('context-menu', {}); }`,
  }),

  '/drag_and_drop': layout('Drag and Drop', `<h3>Drag and Drop</h3>
      <div id="columns">
        <div class="column" id="column-a" draggable="true"><header>A</header></div>
        <div class="column" id="column-b" draggable="true"><header>B</header></div>
      </div>
      <div style="clear:both"></div>`, { script: DND_JS }),

  '/inputs': layout('Inputs', `<h3>Inputs</h3>
      <div class="example">
        <p>Number</p>
        <input type="number">
      </div>`, {
    script: `document.querySelector('input[type=number]').addEventListener('input', function () { rec('state', { name: 'number', value: this.value }); });`,
  }),

  '/login': layout('Form Authentication', `<h2>Login Page</h2>
      <h4 class="subheader">This is where you can log into the secure area. Enter <em>practice</em> for the username and <em>Secret#Sauce4</em> for the password. If the information is wrong you should see an error message.</h4>
      <form name="login" id="login" action="/authenticate" method="post">
        <div class="row"><div class="large-6 small-12 columns">
          <label for="username">Username</label>
          <input type="text" name="username" id="username">
        </div></div>
        <div class="row"><div class="large-6 small-12 columns">
          <label for="password">Password</label>
          <input type="password" name="password" id="password">
        </div></div>
        <button class="radius" type="submit"><i class="fa fa-2x fa-sign-in"> Login</i></button>
      </form>`, {
    flash: '<div id="flash-messages" class="large-12 columns"></div>',
    script: `(function () {
      var f = sessionStorage.getItem('flash');
      if (f) { sessionStorage.removeItem('flash'); f = JSON.parse(f);
        document.getElementById('flash-messages').innerHTML = '<div data-alert id="flash" class="flash ' + f.kind + '">\\n' + f.text + '\\n<a href="#" class="close">\\u00d7</a></div>'; }
      document.getElementById('login').addEventListener('submit', function (e) {
        e.preventDefault();
        var u = this.username.value, p = this.password.value;
        rec('submit', { form: 'login', data: { username: u, password: p } });
        var ok = u === 'practice' && p === 'Secret#Sauce4';
        rec('login', { ok: ok });
        if (ok) { sessionStorage.setItem('auth', '1'); sessionStorage.setItem('flash', JSON.stringify({ kind: 'success', text: 'You logged into a secure area!' })); location.href = '/secure'; }
        else { sessionStorage.setItem('flash', JSON.stringify({ kind: 'error', text: u === 'practice' ? 'Your password is invalid!' : 'Your username is invalid!' })); location.href = '/login'; }
      });
      document.addEventListener('click', function (e) { if (e.target.classList.contains('close')) { e.preventDefault(); e.target.parentNode.remove(); } });
    })();`,
  }),

  '/secure': layout('Secure Area', `<h2><i class="icon-lock"></i> Secure Area</h2>
      <h4 class="subheader">Welcome to the Secure Area. When you are done click logout below.</h4>
      <a class="button secondary radius" href="/logout"><i class="icon-2x icon-signout"> Logout</i></a>`, {
    flash: '<div id="flash-messages" class="large-12 columns"></div>',
    script: `(function () {
      if (!sessionStorage.getItem('auth')) { sessionStorage.setItem('flash', JSON.stringify({ kind: 'error', text: 'You must login to view the secure area!' })); location.replace('/login'); return; }
      var f = sessionStorage.getItem('flash');
      if (f) { sessionStorage.removeItem('flash'); f = JSON.parse(f);
        document.getElementById('flash-messages').innerHTML = '<div data-alert id="flash" class="flash ' + f.kind + '">\\n' + f.text + '\\n<a href="#" class="close">\\u00d7</a></div>'; }
    })();`,
  }),

  '/logout': page({ title: 'The Practice Playground', body: `<script>sessionStorage.removeItem('auth'); rec('logout', {});
    sessionStorage.setItem('flash', JSON.stringify({ kind: 'success', text: 'You logged out of the secure area!' })); location.replace('/login');</script>` }),

  '/tables': layout('Sortable Data Tables', `<h3>Data Tables</h3>
      <p>Often times when you see a table it contains data which is sortable -- sometimes with actions that can be taken within each row (e.g. edit, delete). And it can be challenging to automate interaction with sets of data in a table depending on how it is constructed.</p>
      <h4>Example 1</h4>
      <p>No Class or ID attributes to signify groupings of rows and columns</p>
      ${table1()}
      <h4>Example 2</h4>
      <p>Class and ID attributes to signify groupings of rows and columns</p>
      ${table2()}`, { script: TABLES_JS }),

  '/frames': layout('Frames', `<h3>Frames</h3>
      <ul>
        <li><a href="/nested_frames">Nested Frames</a></li>
        <li><a href="/iframe">iFrame</a></li>
      </ul>`),

  '/iframe': layout('iFrame', `<h3>An iFrame containing the TinyMCE WYSIWYG Editor</h3>
      <div class="tox tox-tinymce" role="application">
        <div class="tox-menubar" role="menubar"><button class="tox-mbtn" tabindex="-1">File</button><button class="tox-mbtn" tabindex="-1">Edit</button><button class="tox-mbtn" tabindex="-1">View</button><button class="tox-mbtn" tabindex="-1">Format</button></div>
        <div class="tox-toolbar" role="group">
          <button class="tox-tbtn" title="Undo" data-cmd="undo">&#8630;</button>
          <button class="tox-tbtn" title="Redo" data-cmd="redo">&#8631;</button>
          <button class="tox-tbtn" title="Bold" data-cmd="bold"><b>B</b></button>
          <button class="tox-tbtn" title="Italic" data-cmd="italic"><i>I</i></button>
          <button class="tox-tbtn" title="Align left" data-cmd="justifyLeft">&#8676;</button>
          <button class="tox-tbtn" title="Align center" data-cmd="justifyCenter">&#8596;</button>
        </div>
        <div class="tox-edit-area"><iframe id="mce_0_ifr" frameborder="0" allowtransparency="true" title="Rich Text Area. Press ALT-0 for help."></iframe></div>
        <div class="tox-statusbar">p</div>
      </div>`, { head: `<style>${EDITOR_CSS}</style>`, script: EDITOR_JS }),

  '/nested_frames': `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Frames</title><script src="/assets/app-core.js"></script></head>
<frameset frameborder="1" rows="50%,50%">
  <frame src="/frame_top" scrolling="no" name="frame-top">
  <frame src="/frame_bottom" scrolling="no" name="frame-bottom">
</frameset>
</html>`,
  '/frame_top': `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Frames</title></head>
<frameset frameborder="1" name="frameset-middle" cols="33%,33%,33%">
  <frame src="/frame_left" scrolling="no" name="frame-left">
  <frame src="/frame_middle" scrolling="no" name="frame-middle">
  <frame src="/frame_right" scrolling="no" name="frame-right">
</frameset>
</html>`,
  '/frame_left': FRAME('Frames', 'LEFT'),
  '/frame_middle': FRAME('Frames', '<div id="content">MIDDLE</div>'),
  '/frame_right': FRAME('Frames', 'RIGHT'),
  '/frame_bottom': FRAME('Frames', 'BOTTOM'),

  '/notification_message_rendered': layout('Notification Messages', `<h3>Notification Message</h3>
      <p>The message displayed above the heading is a notification message. It is often used to convey information about an action previously taken by the user.</p>
      <p>Some times a message gets displayed due to circumstances out of the user's control (e.g., an Internet disruption). This is something that can be frustrating to deal with when you expect to see a particular message.</p>
      <p>Click <a href="/notification_message">here</a> to load a new message.</p>`, {
    flash: '<div id="flash-messages" class="large-12 columns"></div>',
    script: `(function () {
      var m = sessionStorage.getItem('notice');
      if (m) { sessionStorage.removeItem('notice');
        var kind = m === 'Action successful' ? 'notice' : 'error';
        document.getElementById('flash-messages').innerHTML = '<div class="flash ' + kind + '" id="flash">\\n            ' + m + '\\n            <a href="#" class="close">\\u00d7</a>\\n          </div>';
        rec('notice', { message: m }); }
    })();`,
  }),
  '/notification_message': page({ title: 'The Practice Playground', body: `<script>
    var M = ${JSON.stringify(NOTICES)};
    var last = sessionStorage.getItem('lastNotice');
    var pick; do { pick = M[Math.floor(Math.random() * M.length)]; } while (pick === last && Math.random() < 0.5);
    sessionStorage.setItem('lastNotice', pick); sessionStorage.setItem('notice', pick);
    location.replace('/notification_message_rendered');</script>` }),

  '/dynamic_controls': layout('Dynamic Controls', `<h4>Dynamic Controls</h4>
      <p>This example demonstrates when elements (e.g., checkbox, input field, etc.) are changed asynchronously.</p>
      <hr>
      <h4 class="subheader">Remove/add</h4>
      <form id="checkbox-example">
        <div id="checkbox"><input type="checkbox" label="blah"> A checkbox</div>
        <button autocomplete="off" type="button" onclick="swapCheckbox()">Remove</button>
        <div id="loading" style="display:none">Wait for it... </div>
      </form>
      <p id="message"></p>
      <hr>
      <h4 class="subheader">Enable/disable</h4>
      <p>This example demonstrates when an element (e.g., input field) is enabled or disabled asynchronously.</p>
      <form id="input-example">
        <input type="text" disabled>
        <button autocomplete="off" type="button" onclick="swapInput()">Enable</button>
        <div id="loading2" style="display:none">Wait for it... </div>
      </form>
      <p id="message2"></p>`, {
    script: `
    function report(msg) {
      rec('state', { name: 'controls', checkbox: document.querySelector('#checkbox-example input[type=checkbox]') ? 'present' : 'gone',
        input: document.querySelector('#input-example input').disabled ? 'disabled' : 'enabled', message: msg });
    }
    function swapCheckbox() {
      var form = document.getElementById('checkbox-example'), btn = form.querySelector('button'), load = document.getElementById('loading');
      btn.disabled = true; load.style.display = ''; document.getElementById('message').textContent = '';
      setTimeout(function () {
        load.style.display = 'none'; btn.disabled = false;
        var box = document.getElementById('checkbox'), msg;
        if (box) { box.remove(); btn.textContent = 'Add'; msg = "It's gone!"; }
        else { var d = document.createElement('div'); d.id = 'checkbox'; d.innerHTML = '<input type="checkbox" label="blah"> A checkbox'; form.insertBefore(d, btn); btn.textContent = 'Remove'; msg = "It's back!"; }
        document.getElementById('message').textContent = msg; report(msg);
      }, 2000);
    }
    function swapInput() {
      var form = document.getElementById('input-example'), btn = form.querySelector('button'), input = form.querySelector('input'), load = document.getElementById('loading2');
      btn.disabled = true; load.style.display = ''; document.getElementById('message2').textContent = '';
      setTimeout(function () {
        load.style.display = 'none'; btn.disabled = false;
        var msg;
        if (input.disabled) { input.disabled = false; btn.textContent = 'Disable'; msg = "It's enabled!"; }
        else { input.disabled = true; btn.textContent = 'Enable'; msg = "It's disabled!"; }
        document.getElementById('message2').textContent = msg; report(msg);
      }, 2000);
    }
    document.querySelector('#input-example input').addEventListener('input', function () { rec('state', { name: 'controls-input', value: this.value }); });`,
  }),

  '/entry_ad': layout('Entry Ad', `<h3>Entry Ad</h3>
      <p>Displays an ad on page load.</p>
      <p>If closed, it will not appear on subsequent page loads.</p>
      <p>To re-enable it, click <a id="restart-ad" href="#">here</a>.</p>
      <div id="modal" class="modal-wrap">
        <div class="modal">
          <div class="modal-title"><h3>This is a modal window</h3></div>
          <div class="modal-body"><p>It's commonly used to encourage a user to take an action (e.g., give their e-mail address to sign up for something or disable their ad blocker).</p></div>
          <div class="modal-footer"><p onclick="closeAd()">Close</p></div>
        </div>
      </div>`, {
    script: `
    function closeAd() { document.getElementById('modal').style.display = 'none'; sessionStorage.setItem('adSeen', '1'); rec('ad', { action: 'closed' }); }
    if (!sessionStorage.getItem('adSeen')) setTimeout(function () { document.getElementById('modal').style.display = 'block'; rec('ad', { action: 'shown' }); }, 800);
    document.getElementById('restart-ad').addEventListener('click', function (e) { e.preventDefault(); sessionStorage.removeItem('adSeen'); location.reload(); });`,
  }),

  '/infinite_scroll': layout('Infinite Scroll', `<h3>Infinite Scroll</h3>
      <div class="jscroll">
        <div class="jscroll-inner">
          <div class="jscroll-added"><br>${PARAS[0]}<br></div>
          <div class="jscroll-added"><br>${PARAS[1]}<br></div>
        </div>
      </div>`, {
    script: `(function () {
      var P = ${JSON.stringify(PARAS)};
      var inner = document.querySelector('.jscroll-inner'), n = 2, busy = false;
      function more() {
        if (busy || n >= P.length) return;
        if (window.innerHeight + window.scrollY < document.body.scrollHeight - 150) return;
        busy = true;
        var loading = document.createElement('div'); loading.className = 'jscroll-loading'; loading.textContent = 'Loading...'; inner.appendChild(loading);
        setTimeout(function () {
          loading.remove();
          var d = document.createElement('div'); d.className = 'jscroll-added'; d.innerHTML = '<br>' + P[n] + '<br>';
          inner.appendChild(d); n++; busy = false;
          rec('state', { name: 'scroll', paragraphs: n });
          more();
        }, 300);
      }
      window.addEventListener('scroll', more);
      more(); // like jscroll: fill the window on load
    })();`,
  }),

  '/status_codes': layout('Status Codes', `<h3>Status Codes</h3>
      <p>HTTP status codes are a standard set of numbers used to communicate from a web server to your browser to indicate the outcome of the request being made (e.g. Success, Redirection, Client Error, Server Error). For a complete list of status codes, go <a href="https://en.wikipedia.org/wiki/List_of_HTTP_status_codes">here</a>.</p>
      <p>Some standard status codes you will run into include but are not limited to:</p>
      <ul>
        <li><a href="/status_codes/200">200</a></li>
        <li><a href="/status_codes/301">301</a></li>
        <li><a href="/status_codes/404">404</a></li>
        <li><a href="/status_codes/500">500</a></li>
      </ul>`),

  '/broken_images': layout('Broken Images', `<h3>Broken Images</h3>
      <img src="/asdf.jpg">
      <img src="/hjkl.jpg">
      <img src="${avatar(200)}">`),

  '/windows': layout('Multiple Windows', `<h3>Opening a new window</h3>
      <a href="/windows/new" target="_blank">Click Here</a>`),
  '/windows/new': page({ title: 'New Window', head: `<style>${CSS}</style>`, body: `<div class="example"><h3>New Window</h3><p>You are looking at the page that was opened in a second window.</p></div><script>rec('new-window', {});</script>` }),

  '/shadowdom': layout('Shadow DOM', `<h3>Simple template</h3>
      <template id="my-paragraph">
        <style>p { color: white; background-color: #666; padding: 5px; }</style>
        <p><slot name="my-text">My default text</slot></p>
      </template>
      <my-paragraph><span slot="my-text">Let's have some different text!</span></my-paragraph>
      <my-paragraph><ul slot="my-text"><li>Let's have some different text!</li><li>In a list!</li></ul></my-paragraph>
      <h3>A counter in a shadow root</h3>
      <click-counter></click-counter>`, {
    script: `customElements.define('my-paragraph', class extends HTMLElement {
      constructor() { super(); var t = document.getElementById('my-paragraph').content; this.attachShadow({ mode: 'open' }).appendChild(t.cloneNode(true)); }
    });
    customElements.define('click-counter', class extends HTMLElement {
      constructor() {
        super(); var n = 0, root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<style>button{font-size:15px;padding:6px 14px}span{margin-left:10px}</style><button part="button">Click me</button><span>Clicked 0 times</span><p class="secret">The code word is <b>marzipan</b>.</p>';
        root.querySelector('button').addEventListener('click', function () { n++; root.querySelector('span').textContent = 'Clicked ' + n + (n === 1 ? ' time' : ' times'); rec('state', { name: 'shadow-counter', clicks: n }); });
      }
    });`,
  }),
};

export default {
  name: 'practice',
  title: 'The Practice Playground',
  pages,
  fallback(p) {
    let m = /^\/users\/(\d+)$/.exec(p);
    if (m) {
      return layout('Profile', `<h3>Profile of user${m[1]}</h3><p>Member since 2019. No public activity yet.</p>`, { script: `rec('profile', { user: ${Number(m[1])} });` });
    }
    m = /^\/status_codes\/(\d+)$/.exec(p);
    if (m) {
      return layout('Status Codes', `<h3>Status Codes</h3>
      <p>This page returned a ${m[1]} status code.<br><br>For a definition and common list of HTTP status codes, go <a href="http://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">here</a></p>
      <p><a href="/status_codes">Back to the list of codes</a></p>`, { script: `rec('status-page', { code: ${Number(m[1])} });` });
    }
    if (p === '/add_remove_elements') return pages['/add_remove_elements/'];
    return undefined;
  },
};
