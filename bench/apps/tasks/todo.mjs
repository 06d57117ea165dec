// Tasks on the TodoMVC-style app (sites/todo.mjs): /vanilla/ and /react/ start empty;
// /vanilla/weekend/, /react/work/ ... start with a seeded list.
//   weekend: Water the plants, Call grandma, Pick up dry cleaning (done),
//            Book dentist appointment, Fix the bike light
//   work:    Reply to Priya's email, Prepare Q3 slides (done), Review pull request #42,
//            Order a new keyboard, Expense the train tickets (done),
//            Update the on-call rota, Book the team offsite venue
import { all, did, answer } from '../../eval/lib/checks.mjs';
import { todos, js } from '../lib.mjs';

const WEEKEND = ['Water the plants', 'Call grandma', 'Pick up dry cleaning', 'Book dentist appointment', 'Fix the bike light'];
const WORK = ["Reply to Priya's email", 'Prepare Q3 slides', 'Review pull request #42', 'Order a new keyboard',
  'Expense the train tickets', 'Update the on-call rota', 'Book the team offsite venue'];
const WORK_DONE = ['Prepare Q3 slides', 'Expense the train tickets'];
const WORK_OPEN = WORK.filter((t) => !WORK_DONE.includes(t));

// solution snippets, per build
const V = {
  add: (t) => `setVal(q('.new-todo'), ${JSON.stringify(t)}); key(q('.new-todo'), 'Enter', 13)`,
  li: (t) => `qa('.todo-list li').find((li) => li.querySelector('label').textContent === ${JSON.stringify(t)})`,
  toggle: (t) => `${V.li(t)}.querySelector('.toggle').click()`,
  destroy: (t) => `${V.li(t)}.querySelector('.destroy').click()`,
  edit: (from, to) => `dbl(${V.li(from)}.querySelector('label')); await sleep(50); { const e = q('.todo-list li.editing .edit'); setVal(e, ${JSON.stringify(to)}); key(e, 'Enter', 13); } await sleep(100)`,
};
const R = {
  add: (t) => `setVal(q('[data-testid=text-input].NewTodo-input'), ${JSON.stringify(t)}); key(q('.NewTodo-input'), 'Enter', 13)`,
  item: (t) => `qa('[data-testid=todo-item]').find((el) => (el.querySelector('[data-testid=todo-item-label]') || {}).textContent === ${JSON.stringify(t)})`,
  toggle: (t) => `${R.item(t)}.querySelector('[data-testid=todo-item-toggle]').click()`,
  destroy: (t) => `${R.item(t)}.querySelector('[data-testid=todo-item-button]').click()`,
  edit: (from, to) => `dbl(${R.item(from)}.querySelector('[data-testid=todo-item-label]')); await sleep(50); { const e = q('.TodoItem-edit'); setVal(e, ${JSON.stringify(to)}); key(e, 'Enter', 13); } await sleep(100)`,
};
const steps = (...xs) => js(xs.join(';\n'));

export default [
  {
    id: 'todo-01', site: 'todo', kind: 'lists', smoke: true,
    instruction: "Open {BASE}/vanilla/ and add 'buy milk' to my list, then mark it done",
    check: todos({ titles: ['buy milk'], done: ['buy milk'] }),
    solve: [{ go: '/vanilla/' }, steps(V.add('buy milk'), V.toggle('buy milk'))],
  },
  {
    id: 'todo-02', site: 'todo', kind: 'lists', smoke: true,
    instruction: '{BASE}/react/ — todo: add milk, eggs and bread',
    check: todos({ titles: ['milk', 'eggs', 'bread'], done: [], ci: true }),
    solve: [{ go: '/react/' }, steps(R.add('milk'), R.add('eggs'), R.add('bread'))],
  },
  {
    id: 'todo-03', site: 'todo', kind: 'lists',
    instruction: 'hey, could you put three things on my to-do list at {BASE}/vanilla/ please: call the plumber, renew passport, and pay the electricity bill. thanks!',
    check: todos({ titles: ['call the plumber', 'renew passport', 'pay the electricity bill'], done: [], ci: true }),
    solve: [{ go: '/vanilla/' }, steps(V.add('call the plumber'), V.add('renew passport'), V.add('pay the electricity bill'))],
  },
  {
    id: 'todo-04', site: 'todo', kind: 'lists',
    instruction: "todos at {BASE}/react/ — add 'Buy stamps' and 'Post the parcel', and tick both off",
    check: todos({ titles: ['Buy stamps', 'Post the parcel'], done: ['Buy stamps', 'Post the parcel'] }),
    solve: [{ go: '/react/' }, steps(R.add('Buy stamps'), R.add('Post the parcel'), R.toggle('Buy stamps'), R.toggle('Post the parcel'))],
  },
  {
    id: 'todo-05', site: 'todo', kind: 'lists',
    instruction: "On {BASE}/vanilla/weekend/, mark 'Call grandma' as done",
    check: all(todos({ titles: WEEKEND, done: ['Pick up dry cleaning', 'Call grandma'] }), did('toggle', { title: 'Call grandma', done: true })),
    solve: [{ go: '/vanilla/weekend/' }, steps(V.toggle('Call grandma'))],
  },
  {
    id: 'todo-06', site: 'todo', kind: 'lists',
    instruction: "{BASE}/react/work/ - I ticked 'Prepare Q3 slides' by accident, can you untick it?",
    check: todos({ titles: WORK, done: ['Expense the train tickets'] }),
    solve: [{ go: '/react/work/' }, steps(R.toggle('Prepare Q3 slides'))],
  },
  {
    id: 'todo-07', site: 'todo', kind: 'lists', smoke: true,
    instruction: "Please delete 'Fix the bike light' from my list at {BASE}/vanilla/weekend/",
    check: all(todos({ titles: WEEKEND.filter((t) => t !== 'Fix the bike light') }), did('destroy', { title: 'Fix the bike light' })),
    solve: [{ go: '/vanilla/weekend/' }, steps(V.destroy('Fix the bike light'))],
  },
  {
    id: 'todo-08', site: 'todo', kind: 'lists',
    instruction: 'remove the keyboard one from {BASE}/react/work/, I already ordered it',
    check: all(todos({ titles: WORK.filter((t) => t !== 'Order a new keyboard') }), did('destroy', { title: 'Order a new keyboard' })),
    solve: [{ go: '/react/work/' }, steps(R.destroy('Order a new keyboard'))],
  },
  {
    id: 'todo-09', site: 'todo', kind: 'forms', smoke: true,
    instruction: "On {BASE}/vanilla/weekend/ rename 'Book dentist appointment' to 'Book dentist for Tuesday'",
    check: all(todos({ titles: WEEKEND.map((t) => (t === 'Book dentist appointment' ? 'Book dentist for Tuesday' : t)) }),
      did('edit', { from: 'Book dentist appointment', to: 'Book dentist for Tuesday' })),
    solve: [{ go: '/vanilla/weekend/' }, steps(V.edit('Book dentist appointment', 'Book dentist for Tuesday'))],
  },
  {
    id: 'todo-10', site: 'todo', kind: 'forms',
    instruction: "{BASE}/react/work/ — change the keyboard todo so it says 'Order a split keyboard' instead",
    check: all(todos({ titles: WORK.map((t) => (t === 'Order a new keyboard' ? 'Order a split keyboard' : t)) }),
      did('edit', { from: 'Order a new keyboard', to: 'Order a split keyboard' })),
    solve: [{ go: '/react/work/' }, steps(R.edit('Order a new keyboard', 'Order a split keyboard'))],
  },
  {
    id: 'todo-11', site: 'todo', kind: 'spa',
    instruction: 'Go to {BASE}/vanilla/weekend/ and show me only the active ones',
    check: todos({ titles: WEEKEND, done: ['Pick up dry cleaning'], filter: 'active' }),
    solve: [{ go: '/vanilla/weekend/' }, steps("byText('.filters a', 'Active').click()")],
  },
  {
    id: 'todo-12', site: 'todo', kind: 'spa',
    instruction: 'open {BASE}/react/work/ and switch to the completed view',
    check: todos({ titles: WORK, done: WORK_DONE, filter: 'completed' }),
    solve: [{ go: '/react/work/' }, steps("byText('.Filters a', 'Completed').click()")],
  },
  {
    id: 'todo-13', site: 'todo', kind: 'lists',
    instruction: "Clear out everything I've already finished on {BASE}/vanilla/work/",
    check: all(todos({ titles: WORK_OPEN, done: [] }), did('clear', { titles: WORK_DONE })),
    solve: [{ go: '/vanilla/work/' }, steps("q('.clear-completed').click()")],
  },
  {
    id: 'todo-14', site: 'todo', kind: 'reading', smoke: true,
    instruction: 'how many things are left on my list? {BASE}/vanilla/weekend/',
    check: answer(['4'], { not: ['5', '1'] }),
    solve: [{ go: '/vanilla/weekend/' }, steps("return q('.todo-count').textContent")],
  },
  {
    id: 'todo-15', site: 'todo', kind: 'reading',
    instruction: '{BASE}/react/work/ how many todos have I not done yet?',
    check: answer(['5'], { not: ['7', '2'] }),
    solve: [{ go: '/react/work/' }, steps("return q('[data-testid=todo-count]').textContent")],
  },
  {
    id: 'todo-16', site: 'todo', kind: 'reading',
    instruction: 'At {BASE}/vanilla/ add apples, pears and plums, then tick off pears. How many are left after that?',
    check: all(todos({ titles: ['apples', 'pears', 'plums'], done: ['pears'], ci: true }), answer(['2'], { not: ['3', '1'] })),
    solve: [{ go: '/vanilla/' }, steps(V.add('apples'), V.add('pears'), V.add('plums'), V.toggle('pears'), "return q('.todo-count').textContent")],
  },
  {
    id: 'todo-17', site: 'todo', kind: 'lists',
    instruction: "{BASE}/react/ add 'water plants' and then delete it again",
    check: all(did('add', { title: 'water plants' }), did('destroy', { title: 'water plants' }), todos({ titles: [] })),
    solve: [{ go: '/react/' }, steps(R.add('water plants'), R.destroy('water plants'))],
  },
  {
    id: 'todo-18', site: 'todo', kind: 'lists',
    instruction: 'On {BASE}/vanilla/weekend/ mark everything as complete',
    check: todos({ titles: WEEKEND, done: WEEKEND }),
    solve: [{ go: '/vanilla/weekend/' }, steps("q('#toggle-all').click()")],
  },
  {
    id: 'todo-19', site: 'todo', kind: 'lists',
    instruction: "{BASE}/react/weekend/ got everything done today except the dry cleaning, so tick the rest off and make sure the dry cleaning isn't marked done",
    check: todos({ titles: WEEKEND, done: WEEKEND.filter((t) => t !== 'Pick up dry cleaning') }),
    solve: [{ go: '/react/weekend/' }, steps(...WEEKEND.map((t) => R.toggle(t)))],
  },
  {
    id: 'todo-20', site: 'todo', kind: 'reading',
    instruction: "what's still open on my to-do list at {BASE}/react/work/? just the titles please",
    check: answer(WORK_OPEN, { not: WORK_DONE }),
    solve: [{ go: '/react/work/' }, steps("location.hash = '#/active'; await sleep(100); return qa('[data-testid=todo-item-label]').map((e) => e.textContent).join('\\n')")],
  },
  {
    id: 'todo-21', site: 'todo', kind: 'spa',
    instructions: ['{BASE}/vanilla/work/', 'show me the completed items, then clear them'],
    check: all(todos({ titles: WORK_OPEN, done: [], filter: 'completed' }), did('clear', { titles: WORK_DONE })),
    solve: [{ go: '/vanilla/work/' }, steps("byText('.filters a', 'Completed').click()", "q('.clear-completed').click()")],
  },
  {
    id: 'todo-22', site: 'todo', kind: 'forms',
    instruction: "Add 'Pick up kids at 3' to {BASE}/react/ and then edit it to say 4 instead of 3",
    check: all(todos({ titles: ['Pick up kids at 4'] }), did('edit', { from: 'Pick up kids at 3', to: 'Pick up kids at 4' })),
    solve: [{ go: '/react/' }, steps(R.add('Pick up kids at 3'), R.edit('Pick up kids at 3', 'Pick up kids at 4'))],
  },
  {
    id: 'todo-23', site: 'todo', kind: 'lists',
    instruction: 'On {BASE}/vanilla/ add these: 1. book flights 2. reserve hotel 3. rent a car. Then mark the first two as done.',
    check: todos({ titles: ['book flights', 'reserve hotel', 'rent a car'], done: ['book flights', 'reserve hotel'], ci: true }),
    solve: [{ go: '/vanilla/' }, steps(V.add('book flights'), V.add('reserve hotel'), V.add('rent a car'), V.toggle('book flights'), V.toggle('reserve hotel'))],
  },
];
