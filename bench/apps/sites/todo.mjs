// todo: a TodoMVC-style app in two builds with the same behaviour and different markup.
//   /vanilla/  classic TodoMVC markup (section.todoapp, input.new-todo, ul.todo-list li
//              with input.toggle, label, button.destroy shown only on hover, dblclick to
//              edit in input.edit, footer with "N items left", #/ #/active #/completed
//              filters, "Clear completed", a visually hidden toggle-all checkbox).
//   /react/    the same app as a component build: divs with role=list/listitem,
//              data-testid attributes, BEM-ish class names, aria-labels on the icon
//              buttons, a controlled new-todo input (only input events update its
//              state), edits commit on Enter or blur.
// Both start empty; /vanilla/<list>/ and /react/<list>/ start with a seeded list
// (weekend, work). Todos persist in sessionStorage (per tab and path), as TodoMVC
// persists in localStorage. Every change (and every filter change) posts
//   rec('state', {name: 'todos', build, titles, done, active, left, filter})
// plus an event record: add {title}, toggle {title, done}, destroy {title},
// edit {from, to}, clear {titles}, toggle-all {done}.
import { page, esc } from './shell.mjs';

const SEEDS = {
  weekend: [
    ['Water the plants', false], ['Call grandma', false], ['Pick up dry cleaning', true],
    ['Book dentist appointment', false], ['Fix the bike light', false],
  ],
  work: [
    ["Reply to Priya's email", false], ['Prepare Q3 slides', true], ['Review pull request #42', false],
    ['Order a new keyboard', false], ['Expense the train tickets', true], ['Update the on-call rota', false],
    ['Book the team offsite venue', false],
  ],
};

// The model, shared by both builds (a stand-in for each framework's store).
const MODEL = `
var BUILD = document.documentElement.getAttribute('data-build');
var SEED = JSON.parse(document.documentElement.getAttribute('data-seed') || '[]');
var KEY = 'todos-' + BUILD + '-' + location.pathname;
var todos;
try { todos = JSON.parse(sessionStorage.getItem(KEY)); } catch (e) { todos = null; }
if (!Array.isArray(todos)) todos = SEED.map(function (s, i) { return { id: 'seed' + i, title: s[0], completed: s[1] }; });
var nextId = Date.now();
function filterOf() {
  var h = location.hash.replace(/^#\\/?/, '');
  return h === 'active' ? 'active' : h === 'completed' ? 'completed' : 'all';
}
function snapshot() {
  return {
    name: 'todos', build: BUILD,
    titles: todos.map(function (t) { return t.title; }),
    done: todos.filter(function (t) { return t.completed; }).map(function (t) { return t.title; }),
    active: todos.filter(function (t) { return !t.completed; }).map(function (t) { return t.title; }),
    left: todos.filter(function (t) { return !t.completed; }).length,
    filter: filterOf()
  };
}
function persist() { try { sessionStorage.setItem(KEY, JSON.stringify(todos)); } catch (e) {} rec('state', snapshot()); }
var store = {
  add: function (title) { title = title.trim(); if (!title) return; todos.push({ id: String(nextId++), title: title, completed: false }); rec('add', { title: title }); persist(); },
  toggle: function (id) { todos.forEach(function (t) { if (t.id === id) { t.completed = !t.completed; rec('toggle', { title: t.title, done: t.completed }); } }); persist(); },
  destroy: function (id) { var t = todos.filter(function (x) { return x.id === id; })[0]; if (!t) return; todos = todos.filter(function (x) { return x.id !== id; }); rec('destroy', { title: t.title }); persist(); },
  edit: function (id, title) {
    var t = todos.filter(function (x) { return x.id === id; })[0]; if (!t) return;
    title = title.trim();
    if (!title) return store.destroy(id);
    if (title === t.title) return;
    rec('edit', { from: t.title, to: title }); t.title = title; persist();
  },
  toggleAll: function (done) { todos.forEach(function (t) { t.completed = done; }); rec('toggle-all', { done: done }); persist(); },
  clear: function () { var gone = todos.filter(function (t) { return t.completed; }).map(function (t) { return t.title; }); todos = todos.filter(function (t) { return !t.completed; }); rec('clear', { titles: gone }); persist(); },
  visible: function () { var f = filterOf(); return todos.filter(function (t) { return f === 'all' || (f === 'active' ? !t.completed : t.completed); }); }
};
function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
`;

const VANILLA_CSS = `
html, body { margin: 0; padding: 0; }
button { margin: 0; padding: 0; border: 0; background: none; font-size: 100%; vertical-align: baseline; font-family: inherit; font-weight: inherit; color: inherit; appearance: none; -webkit-font-smoothing: antialiased; }
body { font: 14px 'Helvetica Neue', Helvetica, Arial, sans-serif; line-height: 1.4em; background: #f5f5f5; color: #111; min-width: 230px; max-width: 550px; margin: 0 auto; font-weight: 300; }
.hidden { display: none; }
.todoapp { background: #fff; margin: 130px 0 40px 0; position: relative; box-shadow: 0 2px 4px 0 rgba(0,0,0,.2), 0 25px 50px 0 rgba(0,0,0,.1); }
.todoapp input::placeholder { font-style: italic; font-weight: 400; color: rgba(0,0,0,.4); }
.todoapp h1 { position: absolute; top: -140px; width: 100%; font-size: 80px; font-weight: 200; text-align: center; color: #b83f45; text-rendering: optimizeLegibility; }
.new-todo, .edit { position: relative; margin: 0; width: 100%; font-size: 24px; font-family: inherit; font-weight: inherit; line-height: 1.4em; color: inherit; padding: 6px; border: 1px solid #999; box-shadow: inset 0 -1px 5px 0 rgba(0,0,0,.2); box-sizing: border-box; }
.new-todo { padding: 16px 16px 16px 60px; height: 65px; border: none; background: rgba(0,0,0,.003); box-shadow: inset 0 -2px 1px rgba(0,0,0,.03); }
.main { position: relative; z-index: 2; border-top: 1px solid #e6e6e6; }
.toggle-all { width: 1px; height: 1px; border: none; opacity: 0; position: absolute; right: 100%; bottom: 100%; }
.toggle-all + label { display: flex; align-items: center; justify-content: center; width: 45px; height: 65px; font-size: 0; position: absolute; top: -65px; left: -0; }
.toggle-all + label:before { content: '❯'; display: inline-block; font-size: 22px; color: #949494; padding: 10px 27px 10px 27px; transform: rotate(90deg); }
.toggle-all:checked + label:before { color: #484848; }
.todo-list { margin: 0; padding: 0; list-style: none; }
.todo-list li { position: relative; font-size: 24px; border-bottom: 1px solid #ededed; }
.todo-list li:last-child { border-bottom: none; }
.todo-list li.editing { border-bottom: none; padding: 0; }
.todo-list li.editing .edit { display: block; width: calc(100% - 43px); padding: 12px 16px; margin: 0 0 0 43px; }
.todo-list li.editing .view { display: none; }
.todo-list li .toggle { text-align: center; width: 40px; height: auto; position: absolute; top: 0; bottom: 0; margin: auto 0; border: none; appearance: none; -webkit-appearance: none; opacity: 0; }
.todo-list li .toggle + label { background-image: url('data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20width%3D%2240%22%20height%3D%2240%22%20viewBox%3D%22-10%20-18%20100%20135%22%3E%3Ccircle%20cx%3D%2250%22%20cy%3D%2250%22%20r%3D%2250%22%20fill%3D%22none%22%20stroke%3D%22%23949494%22%20stroke-width%3D%223%22/%3E%3C/svg%3E'); background-repeat: no-repeat; background-position: center left; }
.todo-list li .toggle:checked + label { background-image: url('data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20width%3D%2240%22%20height%3D%2240%22%20viewBox%3D%22-10%20-18%20100%20135%22%3E%3Ccircle%20cx%3D%2250%22%20cy%3D%2250%22%20r%3D%2250%22%20fill%3D%22none%22%20stroke%3D%22%2359A193%22%20stroke-width%3D%223%22%2F%3E%3Cpath%20fill%3D%22%233EA390%22%20d%3D%22M72%2025L42%2071%2027%2056l-4%204%2020%2020%2034-52z%22%2F%3E%3C%2Fsvg%3E'); }
.todo-list li label { word-break: break-all; padding: 15px 15px 15px 60px; display: block; line-height: 1.2; transition: color .4s; font-weight: 400; color: #484848; }
.todo-list li.completed label { color: #949494; text-decoration: line-through; }
.todo-list li .destroy { display: none; position: absolute; top: 0; right: 10px; bottom: 0; width: 40px; height: 40px; margin: auto 0; font-size: 30px; color: #949494; transition: color .2s ease-out; cursor: pointer; }
.todo-list li .destroy:hover, .todo-list li .destroy:focus { color: #c18585; }
.todo-list li .destroy:after { content: '×'; display: block; height: 100%; line-height: 1.1; }
.todo-list li:hover .destroy { display: block; }
.todo-list li .edit { display: none; }
.todo-list li.editing:last-child { margin-bottom: -1px; }
.footer { padding: 10px 15px; height: 20px; text-align: center; font-size: 15px; border-top: 1px solid #e6e6e6; position: relative; }
.todo-count { float: left; text-align: left; }
.todo-count strong { font-weight: 300; }
.filters { margin: 0; padding: 0; list-style: none; position: absolute; right: 0; left: 0; }
.filters li { display: inline; }
.filters li a { color: inherit; margin: 3px; padding: 3px 7px; text-decoration: none; border: 1px solid transparent; border-radius: 3px; }
.filters li a:hover { border-color: #db7676; }
.filters li a.selected { border-color: #ce4646; }
.clear-completed, html .clear-completed:active { float: right; position: relative; line-height: 19px; text-decoration: none; cursor: pointer; }
.clear-completed:hover { text-decoration: underline; }
.info { margin: 65px auto 0; color: #4d4d4d; font-size: 11px; text-shadow: 0 1px 0 rgba(255,255,255,.5); text-align: center; }
.info p { line-height: 1; }
.info a { color: inherit; text-decoration: none; font-weight: 400; }
`;

const VANILLA_APP = `
(function () {
  var list = document.querySelector('.todo-list');
  var main = document.querySelector('.main');
  var footer = document.querySelector('.footer');
  var newTodo = document.querySelector('.new-todo');
  var toggleAll = document.querySelector('.toggle-all');
  var count = document.querySelector('.todo-count');
  var clearBtn = document.querySelector('.clear-completed');
  function render() {
    var f = filterOf();
    list.innerHTML = store.visible().map(function (t) {
      return '<li data-id="' + t.id + '"' + (t.completed ? ' class="completed"' : '') + '>' +
        '<div class="view"><input class="toggle" type="checkbox"' + (t.completed ? ' checked' : '') + '>' +
        '<label>' + esc(t.title) + '</label><button class="destroy"></button></div>' +
        '<input class="edit" value="' + esc(t.title) + '"></li>';
    }).join('');
    var left = todos.filter(function (t) { return !t.completed; }).length;
    main.style.display = todos.length ? 'block' : 'none';
    footer.style.display = todos.length ? 'block' : 'none';
    toggleAll.checked = todos.length > 0 && left === 0;
    count.innerHTML = '<strong>' + left + '</strong> ' + (left === 1 ? 'item' : 'items') + ' left';
    clearBtn.style.display = todos.length - left > 0 ? 'block' : 'none';
    document.querySelectorAll('.filters a').forEach(function (a) {
      a.className = a.getAttribute('href') === (f === 'all' ? '#/' : '#/' + f) ? 'selected' : '';
    });
  }
  function idOf(el) { var li = el.closest('li'); return li && li.getAttribute('data-id'); }
  newTodo.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.keyCode !== 13) return;
    var v = newTodo.value.trim();
    if (!v) return;
    store.add(v); newTodo.value = ''; render();
  });
  toggleAll.addEventListener('change', function () { store.toggleAll(toggleAll.checked); render(); });
  clearBtn.addEventListener('click', function () { store.clear(); render(); });
  list.addEventListener('change', function (e) { if (e.target.classList.contains('toggle')) { store.toggle(idOf(e.target)); render(); } });
  list.addEventListener('click', function (e) { if (e.target.classList.contains('destroy')) { store.destroy(idOf(e.target)); render(); } });
  list.addEventListener('dblclick', function (e) {
    if (e.target.tagName !== 'LABEL') return;
    var li = e.target.closest('li');
    li.classList.add('editing');
    var input = li.querySelector('.edit');
    input.focus(); input.setSelectionRange(input.value.length, input.value.length);
  });
  var cancelled = false;
  list.addEventListener('keydown', function (e) {
    if (!e.target.classList.contains('edit')) return;
    if (e.key === 'Enter' || e.keyCode === 13) e.target.blur();
    else if (e.key === 'Escape' || e.keyCode === 27) { cancelled = true; e.target.blur(); }
  });
  list.addEventListener('blur', function (e) {
    if (!e.target.classList.contains('edit')) return;
    var li = e.target.closest('li');
    if (!li.classList.contains('editing')) return;
    if (cancelled) { cancelled = false; render(); return; }
    var id = idOf(e.target), v = e.target.value;
    setTimeout(function () { store.edit(id, v); render(); }, 0);
  }, true);
  window.addEventListener('hashchange', function () { render(); rec('state', snapshot()); });
  render();
})();
`;

const REACT_CSS = `
* { box-sizing: border-box; }
body { font: 15px -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; background: #f4f4f6; margin: 0; color: #222; }
.TodoApp { max-width: 560px; margin: 40px auto; }
.Header h1 { text-align: center; font-weight: 200; font-size: 64px; color: #b83f45; margin: 0 0 16px; letter-spacing: -1px; }
.Card { background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(0,0,0,.15); overflow: hidden; }
.NewTodo { display: flex; align-items: center; border-bottom: 1px solid #eee; }
.NewTodo-input { flex: 1; border: 0; font-size: 22px; padding: 16px 16px 16px 8px; outline: none; font-family: inherit; }
.ToggleAll { width: 48px; display: flex; justify-content: center; }
.ToggleAll input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.ToggleAll label { cursor: pointer; color: #999; font-size: 20px; transform: rotate(90deg); display: inline-block; user-select: none; }
.ToggleAll input:checked + label { color: #333; }
.TodoItem { position: relative; display: flex; align-items: center; border-bottom: 1px solid #f0f0f0; min-height: 56px; }
.TodoItem-toggle { width: 22px; height: 22px; margin: 0 13px; accent-color: #3ea390; cursor: pointer; }
.TodoItem-label { flex: 1; font-size: 20px; padding: 14px 8px; word-break: break-word; }
.TodoItem.is-completed .TodoItem-label { color: #aaa; text-decoration: line-through; }
.TodoItem-remove { visibility: hidden; border: 0; background: none; font-size: 26px; color: #c18585; cursor: pointer; width: 44px; height: 44px; }
.TodoItem:hover .TodoItem-remove, .TodoItem-remove:focus { visibility: visible; }
.TodoItem-edit { flex: 1; margin-left: 48px; font-size: 20px; padding: 12px; border: 1px solid #999; font-family: inherit; }
.Footer { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; font-size: 14px; color: #666; }
.Filters { display: flex; gap: 4px; }
.Filters a { color: inherit; text-decoration: none; padding: 2px 8px; border: 1px solid transparent; border-radius: 3px; }
.Filters a.is-selected { border-color: #ce4646; }
.ClearCompleted { border: 0; background: none; color: inherit; cursor: pointer; font: inherit; }
.ClearCompleted:hover { text-decoration: underline; }
.Hint { text-align: center; color: #888; font-size: 12px; margin-top: 30px; }
`;

const REACT_APP = `
(function () {
  var root = document.getElementById('root');
  var draft = '';            // the controlled input's state: only input events change it
  var editing = null, editDraft = '';
  function item(t) {
    if (editing === t.id) {
      return '<div role="listitem" data-testid="todo-item" class="TodoItem is-editing" data-key="' + t.id + '">' +
        '<input class="TodoItem-edit" data-testid="text-input" aria-label="Edit todo" value="' + esc(editDraft) + '"></div>';
    }
    return '<div role="listitem" data-testid="todo-item" class="TodoItem' + (t.completed ? ' is-completed' : '') + '" data-key="' + t.id + '">' +
      '<input type="checkbox" class="TodoItem-toggle" data-testid="todo-item-toggle"' + (t.completed ? ' checked' : '') + ' aria-label="Toggle ' + esc(t.title) + '">' +
      '<span class="TodoItem-label" data-testid="todo-item-label">' + esc(t.title) + '</span>' +
      '<button class="TodoItem-remove" data-testid="todo-item-button" aria-label="Delete ' + esc(t.title) + '">\\u00d7</button></div>';
  }
  function render() {
    var f = filterOf();
    var left = todos.filter(function (t) { return !t.completed; }).length;
    var html = '<header class="Header"><h1>todos</h1></header><div class="Card">' +
      '<div class="NewTodo">' +
      (todos.length ? '<div class="ToggleAll"><input type="checkbox" id="toggle-all" data-testid="toggle-all"' + (left === 0 ? ' checked' : '') + '><label for="toggle-all" aria-label="Toggle all todos">\\u276f</label></div>' : '<div class="ToggleAll"></div>') +
      '<input class="NewTodo-input" data-testid="text-input" placeholder="What needs to be done?" aria-label="New todo" value="' + esc(draft) + '"></div>';
    if (todos.length) {
      html += '<div role="list" class="TodoList" data-testid="todo-list">' + store.visible().map(item).join('') + '</div>' +
        '<div class="Footer" data-testid="footer"><span class="TodoCount" data-testid="todo-count">' + left + ' ' + (left === 1 ? 'item' : 'items') + ' left</span>' +
        '<nav class="Filters" data-testid="footer-navigation">' +
        '<a href="#/"' + (f === 'all' ? ' class="is-selected"' : '') + '>All</a>' +
        '<a href="#/active"' + (f === 'active' ? ' class="is-selected"' : '') + '>Active</a>' +
        '<a href="#/completed"' + (f === 'completed' ? ' class="is-selected"' : '') + '>Completed</a></nav>' +
        (todos.length - left ? '<button class="ClearCompleted">Clear completed</button>' : '<span></span>') + '</div>';
    }
    html += '</div><p class="Hint">Double-click a todo to edit it</p>';
    var hadFocus = document.activeElement && document.activeElement.classList.contains('NewTodo-input');
    root.innerHTML = html;
    var edit = root.querySelector('.TodoItem-edit');
    if (edit) { edit.focus(); edit.setSelectionRange(edit.value.length, edit.value.length); }
    else if (hadFocus) root.querySelector('.NewTodo-input').focus();
  }
  function keyOf(el) { var it = el.closest('[data-key]'); return it && it.getAttribute('data-key'); }
  root.addEventListener('input', function (e) {
    if (e.target.classList.contains('NewTodo-input')) draft = e.target.value;
    else if (e.target.classList.contains('TodoItem-edit')) editDraft = e.target.value;
  });
  function commitEdit() {
    if (editing === null) return;
    var id = editing; editing = null;
    store.edit(id, editDraft); render();
  }
  root.addEventListener('keydown', function (e) {
    var enter = e.key === 'Enter' || e.keyCode === 13;
    if (e.target.classList.contains('NewTodo-input') && enter) {
      if (draft.trim()) { store.add(draft); draft = ''; render(); }
    } else if (e.target.classList.contains('TodoItem-edit')) {
      if (enter) commitEdit();
      else if (e.key === 'Escape' || e.keyCode === 27) { editing = null; render(); }
    }
  });
  root.addEventListener('focusout', function (e) {
    if (e.target.classList.contains('TodoItem-edit') && editing !== null) setTimeout(commitEdit, 0);
  });
  root.addEventListener('change', function (e) {
    if (e.target.classList.contains('TodoItem-toggle')) { store.toggle(keyOf(e.target)); render(); }
    else if (e.target.id === 'toggle-all') { store.toggleAll(e.target.checked); render(); }
  });
  root.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b) return;
    if (b.classList.contains('TodoItem-remove')) { store.destroy(keyOf(b)); render(); }
    else if (b.classList.contains('ClearCompleted')) { store.clear(); render(); }
  });
  root.addEventListener('dblclick', function (e) {
    if (!e.target.classList.contains('TodoItem-label')) return;
    var id = keyOf(e.target);
    var t = todos.filter(function (x) { return x.id === id; })[0];
    editing = id; editDraft = t.title; render();
  });
  window.addEventListener('hashchange', function () { render(); rec('state', snapshot()); });
  render();
})();
`;

function vanilla(seed) {
  return page({
    title: 'VanillaJS • TodoMVC',
    head: `<style>${VANILLA_CSS}</style>`,
    body: `<section class="todoapp">
  <header class="header">
    <h1>todos</h1>
    <input class="new-todo" placeholder="What needs to be done?" autofocus>
  </header>
  <section class="main" style="display:none">
    <input id="toggle-all" class="toggle-all" type="checkbox">
    <label for="toggle-all">Mark all as complete</label>
    <ul class="todo-list"></ul>
  </section>
  <footer class="footer" style="display:none">
    <span class="todo-count"></span>
    <ul class="filters">
      <li><a href="#/" class="selected">All</a></li>
      <li><a href="#/active">Active</a></li>
      <li><a href="#/completed">Completed</a></li>
    </ul>
    <button class="clear-completed">Clear completed</button>
  </footer>
</section>
<footer class="info">
  <p>Double-click to edit a todo</p>
  <p>Written for the apps suite</p>
  <p>Part of a TodoMVC-style comparison</p>
</footer>
<script>${MODEL}${VANILLA_APP}</script>`,
  }).replace('<html lang="en">', `<html lang="en" data-framework="vanillajs" data-build="vanilla" data-seed="${esc(JSON.stringify(seed))}">`);
}

function react(seed) {
  return page({
    title: 'React • TodoMVC',
    head: `<style>${REACT_CSS}</style>`,
    body: `<div id="root" class="TodoApp"></div>
<script>${MODEL}${REACT_APP}</script>`,
  }).replace('<html lang="en">', `<html lang="en" data-framework="react" data-build="react" data-seed="${esc(JSON.stringify(seed))}">`);
}

const INDEX = page({
  title: 'TodoMVC builds',
  body: `<h1>TodoMVC builds</h1>
<p>The same to-do app, written twice.</p>
<ul>
  <li><a href="/vanilla/">Vanilla JS</a></li>
  <li><a href="/react/">React</a></li>
</ul>`,
});

export default {
  name: 'todo',
  title: 'TodoMVC',
  pages: {
    '/': INDEX,
    '/vanilla/': vanilla([]),
    '/react/': react([]),
  },
  fallback(p) {
    const m = /^\/(vanilla|react)(?:\/(\w+))?\/?(?:index\.html)?$/.exec(p);
    if (!m) return undefined;
    const seed = m[2] ? SEEDS[m[2]] : [];
    if (!seed) return undefined;
    return m[1] === 'vanilla' ? vanilla(seed) : react(seed);
  },
};
