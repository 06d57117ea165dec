// Northfield Academy parent portal: grade tables per term in <a role=tab> panels,
// a custom "viewing child" switcher, teacher initials and comments as hover tooltips,
// a course catalogue as a nested role=tree with a details pane, a report card in an
// iframe, a printable timetable opened in a new tab, and a message-a-teacher form.
import { doc } from '../../eval/sites/common.mjs';

const TEACHERS = { JHa: 'Ms Joanna Hale', PKo: 'Mr Piotr Kowalski', ANd: 'Mrs Adaeze Nduka', RFe: 'Mr Rafael Ferreira', CLe: 'Ms Chloe Lefèvre', DMo: 'Dr Daniel Moss', SBr: 'Mrs Sunita Bhatt' };
// [subject, teacher, coursework, exam, final, comment]
const G = {
  Emma: {
    Autumn: { att: '97%', rows: [['Maths', 'JHa', 78, 84, 'A', 'Emma is confident with algebra; keep practising geometry proofs.'], ['English', 'ANd', 88, 79, 'A', 'Lovely essays, watch the timing in exams.'], ['Chemistry', 'DMo', 71, 66, 'B', 'Needs to revise moles and balancing equations.'], ['History', 'RFe', 82, 58, 'C', 'Strong coursework, the exam answers were too short.'], ['French', 'CLe', 90, 92, 'A*', 'Excellent oral work.'], ['Geography', 'SBr', 74, 70, 'B', 'Good fieldwork report.']] },
    Spring: { att: '93%', rows: [['Maths', 'JHa', 81, 86, 'A', 'Great progress.'], ['English', 'ANd', 85, 83, 'A', 'Consistent.'], ['Chemistry', 'DMo', 75, 72, 'B', 'Improving.'], ['History', 'RFe', 84, 69, 'B', 'Better exam technique.'], ['French', 'CLe', 87, 80, 'A', 'Good.'], ['Geography', 'PKo', 70, 64, 'C', 'Missed two homework tasks.']] },
    Summer: { att: '95%', rows: [['Maths', 'JHa', 83, 88, 'A*', 'Outstanding.'], ['English', 'ANd', 86, 81, 'A', 'Well done.'], ['Chemistry', 'DMo', 77, 74, 'B', 'Steady.'], ['History', 'RFe', 85, 75, 'A', 'Much improved.'], ['French', 'CLe', 91, 89, 'A*', 'Superb.'], ['Geography', 'SBr', 73, 71, 'B', 'Good.']] },
  },
  Leo: {
    Autumn: { att: '91%', rows: [['Maths', 'PKo', 64, 61, 'C', 'Must show working.'], ['English', 'ANd', 72, 68, 'B', 'Reads widely.'], ['Biology', 'DMo', 80, 77, 'A', 'Very curious.'], ['History', 'RFe', 69, 73, 'B', 'Good sources work.'], ['Art', 'CLe', 93, 0, 'A*', 'Portfolio is excellent.']] },
    Spring: { att: '89%', rows: [['Maths', 'PKo', 67, 63, 'C', 'Slowly improving.'], ['English', 'ANd', 74, 70, 'B', 'Good.'], ['Biology', 'DMo', 82, 79, 'A', 'Great.'], ['History', 'RFe', 71, 75, 'B', 'Good.'], ['Art', 'CLe', 94, 0, 'A*', 'Superb.']] },
    Summer: { att: '92%', rows: [['Maths', 'PKo', 70, 66, 'B', 'Much better.'], ['English', 'ANd', 75, 71, 'B', 'Good.'], ['Biology', 'DMo', 84, 81, 'A', 'Great.'], ['History', 'RFe', 72, 76, 'B', 'Good.'], ['Art', 'CLe', 95, 0, 'A*', 'Superb.']] },
  },
};
const css = `
header{background:#283618;color:#fefae0;padding:12px 24px;display:flex;gap:18px;align-items:center} header a{color:#dda15e;text-decoration:none} main{padding:18px 24px;max-width:980px}
.tabs{display:flex;gap:6px;margin:12px 0} .tabs a{padding:6px 14px;border-radius:16px;background:#e9edc9;color:#283618;text-decoration:none} .tabs a[aria-selected=true]{background:#606c38;color:#fff}
table{border-collapse:collapse;background:#fff;width:100%} th,td{border-bottom:1px solid #ddd;padding:7px 10px;text-align:left}
abbr{cursor:help} .tip{position:relative;cursor:help} .tip .b{display:none;position:absolute;right:0;top:18px;background:#222;color:#fff;padding:6px 8px;border-radius:4px;width:260px;z-index:5;font-size:12px} .tip:hover .b{display:block}
.kid{position:relative;display:inline-block} .kid ul{position:absolute;background:#fff;border:1px solid #999;list-style:none;margin:0;padding:0;z-index:9;min-width:150px} .kid li{padding:6px 10px;cursor:pointer;color:#000} .kid li:hover{background:#eee}
.split{display:flex;gap:20px} [role=tree]{background:#fff;padding:10px 14px;border-radius:8px;min-width:280px;list-style:none} [role=group]{list-style:none;padding-left:16px}
[role=treeitem]>div{padding:3px 0;cursor:pointer} [role=treeitem][aria-expanded=false]>[role=group]{display:none} [role=treeitem][aria-selected=true]>div{background:#e9edc9}
#pane{background:#fff;border-radius:8px;padding:12px 16px;flex:1}
`;
const nav = '<header><b>Northfield Academy</b><a href="/">Home</a><a href="/grades">Grades</a><a href="/courses">Courses</a><a href="/report">Report card</a><a href="/message">Message a teacher</a></header>';

const home = doc({
  title: 'Northfield Academy · Parent portal', css,
  body: `${nav}<main><h1>Welcome, Mr and Mrs Adeyemi</h1>
<h2>News</h2><article><h3>Parents' evening</h3><p>Year 9 parents' evening is on Thursday 14 January 2027, 16:30–19:30 in the main hall. Year 10 parents' evening follows on 28 January 2027.</p></article>
<article><h3>Winter concert</h3><p>Tickets for the winter concert on 16 December are £4 from the school office.</p></article>
<p><button class="btn" id="tt">🗓 Printable timetable</button></p></main>`,
  script: `document.getElementById('tt').onclick=function(){window.open('/timetable/print','_blank')};`,
});

function grades() {
  const T = JSON.stringify(TEACHERS);
  return doc({
    title: 'Grades · Northfield Academy', css,
    body: `${nav}<main><h1>Grades</h1><div>Viewing: <div class="kid" id="kid"><button class="btn" aria-haspopup="listbox" id="kidBtn">Emma Adeyemi (Year 9) ▾</button><ul role="listbox" class="hidden"><li role="option" data-k="Emma">Emma Adeyemi (Year 9)</li><li role="option" data-k="Leo">Leo Adeyemi (Year 7)</li></ul></div></div>
<nav class="tabs" role="tablist">${['Autumn', 'Spring', 'Summer'].map((t, i) => `<a href="#${t.toLowerCase()}" role="tab" id="tab-${t}" aria-selected="${i === 0}" aria-controls="panel">${t} term</a>`).join('')}</nav>
<section role="tabpanel" id="panel"></section></main>`,
    script: `
var G=${JSON.stringify(G)},T=${T},kid='Emma',term='Autumn';
function draw(){var d=G[kid][term];document.getElementById('panel').innerHTML='<p>Attendance this term: <b>'+d.att+'</b></p><table><thead><tr><th>Subject</th><th>Teacher</th><th>Coursework</th><th>Exam</th><th>Final grade</th><th></th></tr></thead><tbody>'+
 d.rows.map(function(r){return '<tr><td>'+r[0]+'</td><td><abbr title="'+T[r[1]]+'">'+r[1]+'</abbr></td><td>'+r[2]+'%</td><td>'+(r[3]?r[3]+'%':'n/a')+'</td><td>'+r[4]+'</td><td><span class="tip" aria-label="Teacher comment">💬<span class="b" role="tooltip">'+r[5]+'</span></span></td></tr>'}).join('')+'</tbody></table>'}
document.querySelectorAll('[role=tab]').forEach(function(a){a.onclick=function(e){e.preventDefault();term=a.id.slice(4);document.querySelectorAll('[role=tab]').forEach(function(o){o.setAttribute('aria-selected',o===a)});draw()}});
var k=document.getElementById('kid');document.getElementById('kidBtn').onclick=function(){k.querySelector('ul').classList.toggle('hidden')};
k.querySelectorAll('li').forEach(function(li){li.onclick=function(){kid=li.dataset.k;document.getElementById('kidBtn').textContent=li.textContent+' ▾';k.querySelector('ul').classList.add('hidden');draw()}});
draw();
`,
  });
}

// tree: Year > Subject > Unit {test, homework, reading}
const TREE = {
  'Year 9': {
    Biology: { Cells: ['Unit test 19 January 2027', 'Label a plant cell diagram', 'Chapter 2'], Genetics: ['Unit test 9 February 2027', 'Punnett square worksheet', 'Chapter 5'], Ecology: ['Unit test 16 March 2027', 'Food web poster', 'Chapter 7'] },
    Chemistry: { 'Atomic structure': ['Unit test 21 January 2027', 'Isotopes quiz', 'Chapter 1'], 'Bonding': ['Unit test 11 February 2027', 'Dot and cross diagrams', 'Chapter 3'], 'Rates of reaction': ['Unit test 18 March 2027', 'Write up the marble chip practical', 'Chapter 6'] },
    History: { 'The Tudors': ['Unit test 26 January 2027', 'Source analysis on the Armada', 'Chapter 4'], 'Industrial Revolution': ['Unit test 2 March 2027', 'Factory conditions essay', 'Chapter 8'] },
  },
  'Year 10': {
    Physics: { Forces: ['Unit test 20 January 2027', 'Newton\'s laws problem set', 'Chapter 2'], Electricity: ['Unit test 10 February 2027', 'Build and sketch a series circuit, worksheet 4B', 'Chapter 5'], Waves: ['Unit test 17 March 2027', 'Ripple tank write-up', 'Chapter 9'] },
    History: { 'Cold War': ['Unit test 3 February 2027', 'Timeline of the Berlin crises', 'Chapter 11: Cuba 1962'], 'Weimar Germany': ['Unit test 10 March 2027', 'Hyperinflation source pack', 'Chapter 12'] },
  },
};
let tid = 0;
const branch = (name, node, path) => {
  const id = `n${++tid}`;
  if (Array.isArray(node)) return `<li role="treeitem" id="${id}" aria-selected="false" data-path="${path.concat(name).join(' / ')}" data-info='${JSON.stringify(node).replace(/'/g, '&#39;')}'><div>📄 ${name}</div></li>`;
  return `<li role="treeitem" id="${id}" aria-expanded="false"><div>▸ ${name}</div><ul role="group">${Object.entries(node).map(([k, v]) => branch(k, v, path.concat(name))).join('')}</ul></li>`;
};
const courses = doc({
  title: 'Courses · Northfield Academy', css,
  body: `${nav}<main><h1>Course catalogue</h1><div class="split"><ul role="tree" aria-label="Courses">${Object.entries(TREE).map(([k, v]) => branch(k, v, [])).join('')}</ul>
<section id="pane"><p>Choose a unit to see its test date, homework and reading.</p></section></div><div id="toast" class="toast hidden"></div></main>`,
  script: `
document.querySelectorAll('[role=treeitem]').forEach(function(li){li.firstElementChild.onclick=function(){
 if(li.hasAttribute('aria-expanded')){var o=li.getAttribute('aria-expanded')==='true';li.setAttribute('aria-expanded',!o);li.firstElementChild.textContent=(o?'▸ ':'▾ ')+li.firstElementChild.textContent.slice(2);return}
 document.querySelectorAll('[role=treeitem][aria-selected]').forEach(function(x){x.setAttribute('aria-selected','false')});li.setAttribute('aria-selected','true');
 var i=JSON.parse(li.dataset.info);document.getElementById('pane').innerHTML='<h2>'+li.dataset.path+'</h2><p><b>Assessment:</b> '+i[0]+'</p><p><b>Homework:</b> '+i[1]+'</p><p><b>Reading:</b> '+i[2]+'</p><button class="btn" id="done">Mark reading as done</button>';
 document.getElementById('done').onclick=function(){rec('done',{unit:li.dataset.path});var t=document.getElementById('toast');t.textContent='Marked as done';t.classList.remove('hidden')}}});
`,
});

const REPORT = `<!doctype html><html><head><meta charset="utf-8"><title>Report</title><style>body{font-family:Georgia,serif;margin:16px;line-height:1.5}</style></head><body>
<h2>End of Autumn term report: Emma Adeyemi, 9R</h2>
<h3>Form tutor</h3><p>Emma is a kind and reliable member of 9R and a great help to new students.</p>
<h3>Head of Year</h3><p>Emma's effort has been outstanding this term, especially in French and Maths; she should aim to give longer answers in History exams.</p>
<h3>Attendance and punctuality</h3><p>Attendance 97%. Late twice.</p><p>Signed: Mr K. Osei, Head of Year 9</p></body></html>`;
const report = doc({ title: 'Report card · Northfield Academy', css, body: `${nav}<main><h1>Report card</h1><iframe src="/report-frame" title="Report card" style="width:100%;height:420px;border:1px solid #ccc;background:#fff"></iframe></main>` });

const TT = [['Monday', 'Maths', 'English', 'French', 'PE'], ['Tuesday', 'Chemistry', 'History', 'Maths', 'Geography'], ['Wednesday', 'English', 'French', 'Drama', 'Chemistry'], ['Thursday', 'Geography', 'Maths', 'History', 'Music'], ['Friday', 'PE', 'Chemistry', 'English', 'Art']];
const ttPrint = `<!doctype html><html><head><meta charset="utf-8"><title>Timetable: Emma Adeyemi, 9R</title></head><body style="font-family:system-ui;margin:24px"><h1>Timetable: Emma Adeyemi, 9R</h1>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Day</th><th>Period 1</th><th>Period 2</th><th>Period 3</th><th>Period 4</th></tr>${TT.map((r) => `<tr>${r.map((c, i) => (i ? `<td>${c}</td>` : `<th>${c}</th>`)).join('')}</tr>`).join('')}</table></body></html>`;

const message = doc({
  title: 'Message a teacher · Northfield Academy', css,
  body: `${nav}<main><h1>Message a teacher</h1><form method="post" action="/submit/message" style="background:#fff;padding:16px;border-radius:8px;max-width:560px">
<p><label>About <select name="child"><option>Emma Adeyemi (9R)</option><option>Leo Adeyemi (7B)</option></select></label></p>
<p><label>Teacher <select name="teacher"><option value="">Choose a teacher</option>${Object.entries(TEACHERS).map(([k, v]) => `<option value="${k}">${v}</option>`).join('')}</select></label></p>
<p><label>Subject line <input name="subject" style="width:100%"></label></p><p><label>Message <textarea name="body" rows="5" style="width:100%"></textarea></label></p>
<p><label><input type="checkbox" name="callback" value="yes"> Please call me back</label></p><button class="btn btn-primary">Send message</button></form></main>`,
});

export default {
  name: 'school', title: 'Northfield Academy',
  pages: { '/': home, '/grades': grades(), '/courses': courses, '/report': report, '/report-frame': REPORT, '/timetable/print': ttPrint, '/message': message },
  thanks: () => '<h1>Message sent</h1><p>Teachers reply within two school days.</p>',
};
