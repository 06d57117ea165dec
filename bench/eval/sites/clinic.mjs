// Maple Street Clinic: opening hours, a cookie banner, an appointment request form
// (native post) with native date/time inputs, a select, radios and checkboxes, and a
// contact form handled in JS.
import { doc } from './common.mjs';

const nav = `<header class="top"><div class="brand">🍁 Maple Street Clinic</div>
<nav><a href="/">Home</a><a href="/book">Book a visit</a><a href="/contact">Contact</a></nav></header>`;
const css = `.top{display:flex;justify-content:space-between;align-items:center;background:#0f5c4a;color:#fff;padding:12px 24px}
.top a{color:#d8f3ea;margin-left:18px;text-decoration:none}.brand{font-weight:700;font-size:18px}
main{max-width:760px;margin:24px auto;background:#fff;padding:24px 28px;border-radius:10px}
.row{display:flex;gap:16px}.row>div{flex:1}.fg{margin-bottom:14px}.fg label.lbl{display:block;font-weight:600;margin-bottom:4px;font-size:13px}
.fg input:not([type=radio]):not([type=checkbox]),.fg select,.fg textarea{width:100%;padding:7px 9px;border:1px solid #c9ced8;border-radius:6px;font:inherit}
.hours dt{font-weight:600;float:left;width:140px}.hours dd{margin:0 0 6px 150px}
.cookie{position:fixed;left:0;right:0;bottom:0;background:#20262f;color:#eee;padding:16px 24px;display:flex;gap:12px;align-items:center;z-index:40}
.cookie p{flex:1;margin:0}.radios label{display:block;margin:3px 0}.note{color:#60697a;font-size:12px}`;

const home = doc({
  title: 'Maple Street Clinic', css,
  body: `${nav}<main><h1>Family medicine on Maple Street</h1>
<p>Walk-ins welcome for vaccinations. For everything else please <a href="/book">request an appointment</a>.</p>
<section><h2>Opening hours</h2><dl class="hours">
<dt>Monday – Friday</dt><dd>08:00 – 18:30</dd><dt>Saturday</dt><dd>09:00 – 13:00</dd><dt>Sunday</dt><dd>Closed</dd></dl></section>
<section><h2>Find us</h2><div class="kv"><span class="k">Phone</span> <span class="v">(555) 014-2290</span></div>
<div class="kv"><span class="k">Address</span> <span class="v">41 Maple Street, Riverton</span></div>
<div class="kv"><span class="k">Parking</span> <span class="v">Free for 90 minutes behind the pharmacy</span></div></section>
</main>
<div class="cookie" role="dialog" aria-label="Cookie consent" id="cookie"><p>We use cookies to remember your preferences and to count visits. You can change this later.</p>
<button class="btn" id="c-reject">Only necessary</button><button class="btn btn-primary" id="c-accept">Accept all</button>
<button class="icon-btn" aria-label="Close" id="c-close" style="color:#fff">✕</button></div>`,
  script: `function gone(choice){ rec('cookie', {choice: choice}); document.getElementById('cookie').remove(); }
document.getElementById('c-accept').onclick = function(){ gone('all'); };
document.getElementById('c-reject').onclick = function(){ gone('necessary'); };
document.getElementById('c-close').onclick = function(){ gone('dismissed'); };`,
});

const book = doc({
  title: 'Request an appointment · Maple Street Clinic', css,
  body: `${nav}<main><h1>Request an appointment</h1><p class="note">Fields marked * are required. We confirm by email within one working day.</p>
<form id="booking" method="post" action="/submit/booking">
<div class="row"><div class="fg"><label class="lbl" for="given">Given name *</label><input id="given" name="given" required autocomplete="given-name"></div>
<div class="fg"><label class="lbl" for="family">Family name *</label><input id="family" name="family" required autocomplete="family-name"></div></div>
<div class="row"><div class="fg"><label class="lbl" for="em">Email address *</label><input id="em" name="email" type="email" required></div>
<div class="fg"><label class="lbl" for="mob">Mobile number</label><input id="mob" name="mobile" type="tel" placeholder="(555) 000-0000"></div></div>
<div class="row"><div class="fg"><label class="lbl" for="dob">Date of birth</label><input id="dob" name="dob" type="date"></div>
<div class="fg"><label class="lbl" for="dept">Department</label><select id="dept" name="dept"><option value="">Choose…</option><option value="gp">General practice</option><option value="derm">Dermatology</option><option value="physio">Physiotherapy</option><option value="paed">Paediatrics</option></select></div></div>
<div class="row"><div class="fg"><label class="lbl" for="pdate">Preferred day</label><input id="pdate" name="date" type="date" min="2026-01-01" max="2027-12-31"></div>
<div class="fg"><label class="lbl" for="ptime">Preferred time</label><input id="ptime" name="time" type="time" min="08:00" max="18:30" step="900"></div></div>
<fieldset class="fg radios"><legend class="lbl">Who would you like to see?</legend>
<label><input type="radio" name="clinician" value="osei"> Dr. Amara Osei</label>
<label><input type="radio" name="clinician" value="brandt"> Dr. Lukas Brandt</label>
<label><input type="radio" name="clinician" value="nair"> Nurse Priya Nair</label>
<label><input type="radio" name="clinician" value="any" checked> No preference</label></fieldset>
<div class="fg"><label class="lbl" for="reason">Reason for visit</label><textarea id="reason" name="reason" rows="3"></textarea></div>
<div class="fg"><label><input type="checkbox" name="new_patient" value="yes"> I am a new patient</label><br>
<label><input type="checkbox" name="sms" value="yes" checked> Text me a reminder the day before</label><br>
<label><input type="checkbox" name="consent" value="yes" required> I agree to the <a href="#" onclick="return false">privacy policy</a> *</label></div>
<button class="btn btn-primary" type="submit">Request appointment</button>
</form></main>`,
});

const contact = doc({
  title: 'Contact us · Maple Street Clinic', css,
  body: `${nav}<main><h1>Contact the front desk</h1>
<div id="contact-form"><div class="fg"><label class="lbl" for="cn">Your name</label><input id="cn"></div>
<div class="fg"><label class="lbl" for="ce">Reply-to email</label><input id="ce" type="email"></div>
<div class="fg"><label class="lbl" for="topic">Topic</label><select id="topic"><option>Appointments</option><option>Prescriptions</option><option>Test results</option><option>Billing</option><option>Something else</option></select></div>
<div class="fg"><label class="lbl" for="cm">Message</label><textarea id="cm" rows="4" placeholder="How can we help?"></textarea></div>
<button class="btn btn-primary" id="send">Send message</button></div>
<p id="sent" class="hidden" role="status"></p></main>`,
  script: `document.getElementById('send').onclick = function(){
  var name = document.getElementById('cn').value.trim();
  var data = {name: name, email: document.getElementById('ce').value.trim(), topic: document.getElementById('topic').value, message: document.getElementById('cm').value.trim()};
  rec('submit', {form: 'contact', data: data});
  var days = {Appointments: 1, Prescriptions: 2, 'Test results': 3, Billing: 5, 'Something else': 4}[data.topic];
  var p = document.getElementById('sent'); p.textContent = 'Thanks' + (name ? ', ' + name.split(' ')[0] : '') + '! Your ticket number is C-' + {Appointments: 7311, Prescriptions: 7342, 'Test results': 7358, Billing: 7363, 'Something else': 7377}[data.topic] + '. We usually reply within ' + days + ' working day' + (days > 1 ? 's' : '') + '.';
  p.classList.remove('hidden'); document.getElementById('contact-form').classList.add('hidden');
};`,
});

export default {
  name: 'clinic',
  title: 'Maple Street Clinic',
  thanksTitle: 'Appointment requested',
  thanks: (form, d) => `<h1>Appointment requested</h1><p>Thank you, ${String(d.given || '').replace(/</g, '')}. We will confirm by email. Your reference is <b>MSC-${4800 + String(d.family || '').length}</b>.</p>`,
  pages: { '/': home, '/book': book, '/contact': contact },
};
