  /* ------------------------------------------------------------------ */
  /* answer: a question read the way a person reads the page             */
  /*                                                                     */
  /* answer({question, target?}) reads what is asked (the kind of value: */
  /* money, date, time, duration, count, size, person, place, status,    */
  /* yes/no, a named field, a choice among items) and what it is about   */
  /* (the words that name the thing), finds the smallest part of the     */
  /* page that holds the thing and a value of that kind (a table row, a  */
  /* list item or card, a label and its value, a sentence, a section     */
  /* under a heading) and returns just that value. Two parts that fit    */
  /* equally with different values are no answer: both are candidates.   */

  const ANSWER_MAX = 300;       /* longest answer text */
  const UNIT_MAX = 4000;        /* longest element text considered a part */

  /* words of a question that name no thing */
  const Q_STOP = new Set(('a an the of in on at to for from by with and or is are was were be been being do does did ' +
    'has have had will would can could should shall may might must what whats which who whom whose when where why how ' +
    'much many long big large tell me please show give find out read see look up check i we you my our your it its ' +
    'they them their he him his she her ask asks asked ' +
    'this that these those there here page site currently current right now today exactly about listed shown say ' +
    'says said written stated given mentioned under into as than then just also any some one get got know let us ' +
    'according need want should am if per each so up use used using via onto over after before moment owe owed owing').split(' '));

  for (const w of Array.from(Q_STOP)) Q_STOP.add(stem(w)); /* "does" is "doe" once stemmed */

  /* field words -> the kind of value they hold */
  const FIELD_KIND = [
    [/^(price|cost|total|balance|amount|fee|fare|charge|subtotal|minimum|min payment|minimum payment|payment|sum|salary|budget|value|refund|deposit|owed|due amount|spent|paid|limit|credit limit)$/, 'money'],
    [/^(rate|interest|interest rate|apr|apy|percentage|percent|discount|share|tax rate|commission)$/, 'percent'],
    [/^(date|day|days|working days|deadline|due date|birthday|start date|end date|expiry|expiry date|expiration|expiration date|departure date|delivery date)$/, 'date'],
    [/^(time|start time|end time|hour|departure time|arrival time|slot)$/, 'time'],
    [/^(duration|length|runtime|validity|term|period|lead time|trial)$/, 'duration'],
    [/^(size|file size|weight|weigh|data|data allowance|allowance|storage|capacity)$/, 'size'],
    [/^(speed|download speed|upload speed|download|upload|bandwidth|connection speed|throughput)$/, 'speed'],
    [/^(temperature|temp|oven temperature|heat)$/, 'temperature'],
    [/^(owner|assignee|author|manager|speaker|organizer|organiser|host|contact|agent|rep|representative|lead|creator|sender|recipient|reviewer|approver|doctor|vet|nurse|dentist|surgeon|therapist|trainer|guide|curator|tutor|chef|pilot|conductor|painter|photographer|editor|director|teacher|instructor|driver|captain|coach|presenter|performer|artist|headliner|user|customer|client|person|name)$/, 'person'],
    [/^(location|place|room|venue|city|address|office|gate|platform|stage|hall|floor|building)$/, 'place'],
    [/^(status|state|stage|phase|condition|health|priority|severity|level)$/, 'status'],
    [/^(count|number|quantity|qty|stock|seats|tickets)$/, 'count'],
    [/^(phone|phone number|telephone|tel|mobile|mobile number|cell|fax|number to call)$/, 'phone'],
    [/^(email|e mail|email address|mail|e mail address)$/, 'email'],
    [/^(website|url|web address|link|homepage|site)$/, 'url'],
  ];

  const KIND_RE = {
    money: null, /* priceIn */
    percent: /[-+]?\d+(?:[.,]\d+)?\s?%/g,
    date: /\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:january|february|march|april|june|july|august|september|october|november|december)(?!\s*\d)|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s?[\u2013-]\s?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|yesterday|just now)\b|\b(?:\d+|an?)\s+(?:minute|hour|day|week|month|year)s?\s+ago\b/gi,
    time: /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?[-\u2013]\s?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?)?(?![\d:]|\.\d)|\b\d{1,2}\s?[ap]\.?m\.?(?![a-z])|\b(?:noon|midnight)\b/gi,
    duration: /\b\d+\s?h(?:ours?|rs?)?\s*(?:and\s+)?\d+\s?m(?:in(?:ute)?s?)?\b|\b\d+\s?hours?\s+(?:and\s+)?\d+\s?min(?:ute)?s?\b|\b\d+(?:[.,]\d+)?(?:\s?[-\u2013]\s?\d+)?\+?[\s-]?(?:(?:working|business|calendar|school|full|clear)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?)\b/gi,
    speed: /\b\d+(?:[.,]\d+)?\s?(?:[kKMGT]?bit\/s|[kKMGT]b\/s|[kKMGT]bps)(?![\w])/g,
    temperature: /[-\u2212]?\b\d+(?:[.,]\d+)?\s?\u00b0\s?[CF]?|\b\d+(?:[.,]\d+)?\s?degrees(?:\s(?:celsius|fahrenheit|centigrade|[CF]\b))?/gi,
    size: /\b\d+(?:[.,]\d+)?\s?(?:[KMGT]i?B|mAh|Ah|mWh|Wh|kWh|kb|mb|gb|tb|bytes?|B|kg|g|lbs?|oz|t|cm|mm|m|km|in|ft|inch(?:es)?|feet|metres?|meters?|litres?|liters?|l|ml)\b/g,
    count: /\b\d[\d,]*(?:\.\d+)?\b/g,
    phone: /\+?\(?\d[\d\s().\/-]{5,}\d/g,
    email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
    url: /\bhttps?:\/\/[^\s"'<>]+|\bwww\.[^\s"'<>]+/g,
  };

  const STATUS_WORDS = /^(open|closed|pending|active|inactive|won|lost|done|todo|to do|in progress|blocked|resolved|new|draft|published|archived|approved|rejected|declined|cancelled|canceled|paid|unpaid|overdue|failed|passed|succeeded|running|stopped|paused|queued|scheduled|completed|complete|shipped|delivered|processing|on hold|available|unavailable|sold out|in stock|out of stock|online|offline|up|down|operational|degraded|outage|partial outage|major outage|maintenance|under maintenance|healthy|unhealthy|enabled|disabled|confirmed|booked|full|waitlisted|qualified|proposal|negotiation|lead|contacted|high|medium|low|urgent|critical|normal|minor|major|delayed|boarding|on time|departed|landed|arrived|gate closed|diverted|final call|in transit|out for delivery|returned|refunded|expired|valid|invalid|trial|suspended|locked)$/;
  const STATUS_CLASS = /(^|[\s_-])(status|state|stage|badge|pill|chip|tag|label|phase|health|priority)([\s_-]|$)/i;
  const OPPOSITE = [['open', 'closed'], ['available', 'unavailable'], ['available', 'sold out'], ['in stock', 'out of stock'],
    ['online', 'offline'], ['up', 'down'], ['enabled', 'disabled'], ['active', 'inactive'], ['paid', 'unpaid'],
    ['operational', 'down'], ['operational', 'outage'], ['approved', 'rejected'], ['confirmed', 'cancelled'],
    ['public', 'private'], ['visible', 'hidden'], ['on', 'off'], ['complete', 'incomplete'], ['done', 'not done'],
    ['available', 'out of stock'], ['in stock', 'sold out'], ['in stock', 'unavailable'], ['unread', 'read'], ['free', 'booked'], ['free', 'full']];

  const SAME_STATE = { available: ['in stock', 'open', 'free'], 'in stock': ['available'], unavailable: ['out of stock', 'sold out'],
    'out of stock': ['sold out', 'unavailable'], open: ['available'], closed: ['shut'], unread: ['new'], done: ['completed', 'complete'],
    completed: ['done', 'complete'], up: ['operational'], down: ['outage'],
    /* a service said to be disrupted by what is wrong with it */
    disrupted: ['diverted', 'delayed', 'suspended', 'cancelled', 'canceled', 'disruption', 'disruptions', 'reduced service', 'not running', 'part closed', 'closed'],
    delayed: ['late', 'running late', 'delay', 'delays'], affected: ['diverted', 'delayed', 'suspended', 'cancelled', 'disrupted'] };
  const NOT_NAMES = /^(Contact|Ask|Call|Email|Meet|Welcome|Hi|Hello|Thanks|Posted|Written|Owner|Assigned|Hosted|Led|Note|Please|Main|Room|Stage|Open|Closed|A|An|This|That|These|Those|It|Its|We|You|Your|Our|They|He|She|I|If|In|On|At|By|For|From|To|And|Or|But|With|No|Yes|Not|All|Any|Each|Every|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Yesterday|Total|Status|Owner|Date|Time|Name)$/;
  const PERSON_RE = /\b(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|DJ|MC)\.?\s+)?[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+(?:\s+(?:[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+|[A-Z]\.|van|de|der|von|da|di|le))*/g;

  function fieldKind(field) {
    const f = tokens(field).join(' ');
    for (const [re, k] of FIELD_KIND) if (re.test(f)) return k;
    const last = f.split(' ').pop();
    for (const [re, k] of FIELD_KIND) if (re.test(last)) return k;
    /* "salary range", "price band": a word before the last names the kind */
    const ws = f.split(' ');
    if (ws.length > 1 && /^(range|band|bracket|span|window|spread|level|amount)$/.test(last))
      for (const w of ws.slice(0, -1).reverse()) for (const [re, k] of FIELD_KIND) if (re.test(w)) return k;
    return null;
  }

  /* ------------------------------------------------------------------ */
  /* what is asked                                                       */

  /* "when is the payment due, and what is the minimum?" asks two things */
  function splitQuestion(q) {
    const parts = String(q).split(/\s*(?:[,;]\s*and\s+|[,;?]\s+|\s+and\s+(?:also\s+)?)(?=(?:(?:for|in|on|at|from|by|with|to) )?(?:what|when|who|whose|where|which|how|is|are|does|do|at what|on what)\b)/i);
    const out = parts.map((p) => collapse(p)).filter((p) => p.length > 2);
    /* "at Harbour Lab, who hosts ...": a lead-in of where or when is
     * said of the question after it, no question of its own */
    for (let i = 0; i + 1 < out.length; i++) {
      if (/^(?:at|in|on|for|from|during|with|under|over|using|at the|in the|on the)\s/i.test(out[i]) && !/\b(?:what|when|who|whose|where|which|how)\b/i.test(out[i]) && out[i].split(/\s+/).length <= 6) {
        out[i + 1] = out[i + 1].replace(/[?.!]*$/, '') + ' ' + out[i].replace(/[?.!,;]+$/, '') + '?';
        out.splice(i--, 1);
      }
    }
    return out;
  }

  /* The kind asked, the field named, the unit of a count, the noun of a
   * choice, the state of a yes/no question. */
  /* "the cheapest lamp", "the highest rating", "the most replies" */
  const SUPERLATIVE = [
    [/\bcheapest\b|\bleast expensive\b|\blowest price\b/, 'min', 'price'],
    [/\bmost expensive\b|\bpriciest\b|\bhighest price\b|\b(?:costs?|cost|costed|paid|pay|spent|spend) the most\b/, 'max', 'price'],
    [/\b(?:costs?|paid|pay|spent|spend) the least\b/, 'min', 'price'],
    [/\b(?:newest|latest|most recent)\b/, 'max', 'date'],
    [/\b(?:oldest|earliest)\b/, 'min', 'date'],
    [/\b(?:highest|best|top)[- ]rated\b/, 'max', 'rating'],
    [/\b(?:lowest|worst)[- ]rated\b/, 'min', 'rating'],
    [/\b(?:largest|biggest|heaviest)\b/, 'max', 'size'],
    [/\b(?:smallest|lightest)\b/, 'min', 'size'],
    [/\b(?:highest|most|greatest|largest number of)\s+([a-z]+)/, 'max', null],
    [/\b(?:lowest|fewest|least)\s+([a-z]+)/, 'min', null],
  ];

  function superlativeOf(l) {
    for (const [re, dir, field] of SUPERLATIVE) {
      const m = re.exec(l);
      /* "the most I'd pay" names no field to compare: an end of a range */
      if (m && !field && (Q_STOP.has(m[1]) || /^(i|id|ill|youd|youll|wed|people|time|times)$/.test(m[1]))) continue;
      if (m) return { dir, field: field || stem(m[1]), at: m.index, len: m[0].length, within: withinWords(l) };
    }
    return null;
  }

  /* "the biggest order in May", "the branch in Northside with the most
   * lockers": the words of the part of the list compared ("may"); items
   * that say them, when some do and others not (extremeItem) */
  function withinWords(l) {
    const m = /\b(?:in|from|during|at|for|among|within|of)\s+(?:the\s+|my\s+|our\s+)?([a-z0-9][\w-]*(?:\s+\d{4})?)\b/.exec(l);
    return m && (!Q_STOP.has(m[1]) || m[1] === 'may') ? tokens(m[1]) : [];
  }

  /* verbs that ask about an item's own byline (its author, its time), not
   * about what its words say */
  const BYLINE = /\b(?:post|posted|posts|wrote|write|written|sent|send|shared|share|published|publish|uploaded|upload|created|create|replied|reply|commented|comment|said|say|says|asked|ask|added|add|started|start|reported|report|submitted|submit|edited|modified|updated|opened by|closed by|assigned)\b/;

  const BAD_WORDS = 'wrong|broken|problems?|issues?|outages?|incidents?|disruptions?|down|degraded|out of (?:action|service|order)|under maintenance|unavailable';
  const HEALTH_Q = new RegExp('\\b(?:any(?:thing)?|everything|all)\\b.{0,40}\\b(?:' + BAD_WORDS + '|working|ok|okay|fine|operational|running)\\b|\\bwhat(?:\'s| is) (?:wrong|broken|down|out of action)\\b|' +
    /* "is the dome working?", "is Big Dob out of action?" */
    '^\\s*(?:is|are)\\s+.{1,60}?\\s+(?:' + BAD_WORDS + '|working|running|operational)(?:\\s+(?:right now|at the moment|currently|today|now|again|yet))?\\s*\\??\\s*$');

  function askedKind(q) {
    const l = ' ' + q.toLowerCase().replace(/[\u2019']/g, "'") + ' ';
    let m;
    const out = { kind: null, field: null, unit: null, noun: null, state: null, byline: BYLINE.test(l), order: null, said: l };
    /* "can I cancel for free?", "does it include roaming?": what a
     * sentence allows or includes, answered with that sentence */
    out.can = /^\s*(?:can|could|may|do|does|did|will|would)\b/.test(l);
    /* "which component is not operational?": the state the answer lacks */
    const ng = /\b(?:not|isn't|isnt|aren't|arent|no longer)\s+(?:yet\s+)?([a-z]+)/.exec(l);
    out.neg = ng && !/^(a|an|the|sure|known|yet)$/.test(ng[1]) ? stem(ng[1]) : null;
    out.order = /\b(?:next|first|earliest|upcoming|soonest)\b/.test(l) ? 'first' : /\b(?:last|final)\b/.test(l) ? 'last' : null;
    const sup = superlativeOf(l);
    if (sup) {
      /* "which lamp is the cheapest?", "what is the price of the cheapest
       * lamp?", "who wrote the newest post?" */
      const noun = /\bwhich ([a-z-]+)/.exec(l) || new RegExp('^.{' + (sup.at + sup.len) + '}\\s*([a-z-]+)').exec(l) || /\b(?:the|a) ([a-z-]+) (?:with|that has)\b/.exec(l);
      const fm = /\bwhat(?:'s| is| was)? (?:the )?([a-z-]+(?: [a-z-]+)?) of\b/.exec(l);
      out.kind = 'extreme';
      out.ext = { dir: sup.dir, field: sup.field, within: sup.within };
      out.noun = noun && !/^(is|are|has|have|the|one|with)$/.test(noun[1]) ? noun[1] : null;
      out.field = fm ? fm[1] : /\bwho\b/.test(l) ? 'author' : /\bwhen\b/.test(l) ? 'date' : /\bhow much\b/.test(l) ? 'price' : null;
      return out;
    }
    /* "how old must you be?": the age a page names ("Minimum age 16 years") */
    if (/\bhow old\b/.test(l)) { out.kind = 'field'; out.field = /\b(?:must|need|have to|has to|should|at least|minimum|min)\b/.test(l) ? 'minimum age' : 'age'; return out; }
    if ((m = /\bwhat (?:does|did|do) (?:the |that |this )?(error|message|toast|alert|warning|notification|banner|notice|popup|dialog|confirmation|status message|error message)(?: message)? (?:say|show|read|tell)/.exec(l)) ||
        (m = /\b(?:what is|what's) (?:in |written in )?the (error|toast|alert|warning|notification|banner|confirmation|error message|success message|status message)\b/.exec(l)) ||
        /* "what does the page say after that?", "report what the result
         * line shows", "what text shows up once it has loaded": what the
         * last action made appear */
        (m = /\bwhat (?:does |did )?(?:the |that |this )?(page|screen|site|result|result line|result text|output|response|flash|flash message|notification|message)(?: now)? (?:says?|shows?|reads?|displays?)\b/.exec(l)) ||
        (m = /\bwhat (text|message|words?) (?:shows up|appears|pops up|comes up|is shown|gets shown|is displayed)\b/.exec(l)) ||
        /* "what it says underneath", "what does it say below now?" */
        (m = /\bwhat (?:does |did )?(it|that|this) (?:now )?(?:says?|shows?|reads?|displays?) (?:now )?(?:underneath|beneath|below|under it|below it|under the \w+|below the \w+)\b/.exec(l))) {
      out.kind = 'message'; out.field = /^(it|that|this)$/.test(m[1]) ? 'result' : m[1]; return out;
    }
    if (/\b(?:tooltip|tool tip|hover text|hint|popover|bubble)\b/.test(l) && /\b(?:say|says|show|shows|read|text|what)\b/.test(l)) { out.kind = 'tooltip'; return out; }
    /* "what is the heading of the window it opens?", "read the main
     * heading": the page's own heading, not a heading's section */
    if (/^(?:what(?:'s| is| was)?|tell me|read|get|give me)?\s*(?:me )?(?:the )?(?:main |page |top |big |first )?(?:heading|headline)(?: text)?(?: (?:of|on|in) (?:the |this |that )?(?:page|window|tab|site|screen|new tab|new window|(?:window|page|tab) (?:it|that|which) opens?|(?:window|page|tab) that opened|popup))?\s*\??$/.test(l.trim())) { out.kind = 'heading'; return out; }
    if ((m = /\bhow many (seconds|secs|minutes|mins|hours|hrs|days|nights|weeks|months|years)\b/.exec(l))) { out.kind = 'duration'; out.unit = stem(m[1]); return out; }
    if (/\bhow long\b/.test(l)) { out.kind = 'duration'; return out; }
    if (/\bhow fast\b/.test(l)) { out.kind = 'speed'; return out; }
    if (/\bhow (?:hot|warm|cold)\b|\b(?:what|which|at what) (?:oven )?temperature\b/.test(l)) { out.kind = 'temperature'; return out; }
    /* "is anything wrong with payments?", "are there any outages?": the
     * states of a list of components */
    if (HEALTH_Q.test(l)) { out.kind = 'health'; return out; }
    if (/\bhow (?:big|large|heavy|tall|wide|long is the file|much does it weigh)\b|\bwhat (?:is the |'s the )?(?:file )?size\b|\bsize of\b/.test(l)) { out.kind = 'size'; return out; }
    if ((m = /\bhow many ([a-z-]+(?: [a-z-]+){0,2})/.exec(l))) {
      out.kind = 'count';
      out.noun = nounHead(m[1]);
      /* "how many lamps are in stock?": a state the items say */
      const st = /\b(?:are|is|were|was)\s+(?:currently\s+|still\s+)?(in stock|out of stock|sold out|available|unavailable|open|closed|unread|read|done|pending|active|inactive|online|offline|overdue|paid|unpaid|completed|complete|checked|unchecked|selected|enabled|disabled|free|booked|full)\b/.exec(l);
      if (st) out.state = st[1];
      return out;
    }
    /* "the number of open tickets", not "the phone number of Lee" */
    if (/(?:^\s*|\bthe |\ba |\btotal )(?:number of|count of)\b/.test(l)) {
      m = /\b(?:number|count) of ([a-z-]+(?: [a-z-]+)?)/.exec(l);
      out.kind = 'count'; out.noun = m ? m[1].replace(/ (are|is|were|was|in|on|at|of)$/, '') : null; return out;
    }
    /* "how much data", "how much storage": the kind the noun holds */
    if ((m = /\bhow much ([a-z]+)/.exec(l)) && /^(size|speed|temperature|duration|percent)$/.test(fieldKind(m[1]) || '')) { out.kind = fieldKind(m[1]); out.field = m[1]; return out; }
    /* "the most I'd pay", "the minimum it costs": an end of a price range */
    if (/\bthe (?:most|least|max(?:imum)?|min(?:imum)?|top|bottom)\b.*\b(?:pay|paid|cost|costs|charge|charged|spend|earn|price|fee|salary)\b/.test(l)) { out.kind = 'money'; return out; }
    if (/\bhow much\b/.test(l)) {
      out.kind = /\b(discount|interest|percent|rate)\b/.test(l) ? 'percent' : 'money';
      /* "how much do I owe?": the balance due, whatever its label */
      if (/\b(?:owe|owed|owing)\b/.test(l)) out.field = 'balance';
      return out;
    }
    /* "what was paid on 22 March?": the thing paid for, not the amount */
    if (/\bwhat (?:was|were|did (?:i|we|you|they)|have (?:i|we))\s+(?:paid(?: for)?|bought|purchased|ordered|charged(?: for)?)\b/.test(l)) { out.kind = 'field'; out.field = 'description'; return out; }
    if (/\b(?:what|which) time\b(?! ?zone)|\bat what time\b|\bwhat hour\b/.test(l)) { out.kind = 'time'; return out; }
    if (/\b(?:what|which) (?:date|day)\b|\bon what (?:date|day)\b/.test(l)) { out.kind = 'date'; return out; }
    /* "when does the pool open on Sundays?": the day said, a time asked */
    if (/\bwhen (?:does|do|did|will)\b.*\b(?:open|opens|close|closes|start|starts|begin|begins|finish|finishes|end|ends|shut|shuts)\b/.test(l) &&
        /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|today|tomorrow|tonight)\b/.test(l)) { out.kind = 'time'; return out; }
    if (/^\s*when\b|\bwhen (?:is|was|are|were|does|do|did|will|can|could|should|must)\b|\b(?:until|till|by) when\b|\bhow late\b/.test(l)) { out.kind = 'when'; return out; }
    if ((m = /^\s*(?:is|are|was|were|does|do|did|has|have|can)\s+(.+?)\s+(open|closed|available|unavailable|sold out|in stock|out of stock|online|offline|up|down|enabled|disabled|active|inactive|paid|unpaid|operational|approved|rejected|confirmed|cancelled|disrupted|delayed|affected|diverted|suspended|public|private|visible|hidden|complete|incomplete|done|overdue|free|full|required|optional|included|on|off|checked|unchecked|ticked|selected|turned on|switched on)\b\s*\??\s*$/.exec(l) ||
        /^\s*(?:is|are|was|were)\s+(.+?)\s+(open|closed|available|unavailable|sold out|in stock|out of stock|online|offline|enabled|disabled|active|inactive|paid|unpaid|operational|approved|rejected|confirmed|cancelled|disrupted|delayed|affected|diverted|suspended|public|private|visible|hidden|complete|incomplete|done|overdue|free|full|required|optional|included|checked|unchecked|ticked|selected)\b/.exec(l))) {
      out.kind = 'yesno'; out.state = m[2] === 'turned on' || m[2] === 'switched on' ? 'on' : m[2]; return out;
    }
    if (/^\s*(?:is|are|was|were|does|do|did|has|have|can)\b/.test(l)) { out.kind = 'yesno'; return out; }
    /* "which branch Tomasz Wolny works in", "what team Hannah is on": the
     * noun before a name said with its verb is the field asked of it */
    if ((m = /\b(?:what|which) ([a-z-]+(?: [a-z-]+)?) (?:(?:[A-Z\u00c0-\u00de][\p{L}'\u2019.-]*|of|de|van|von|da)\s+){0,3}[A-Z\u00c0-\u00de][\p{L}'\u2019.-]*\s+(?:is|are|was|were|works?|worked|sits?|sat|belongs?|lives?|lived|plays?|played|stays?|reports?|goes|went|teaches|taught|studies|studied|uses?|used|has|had|joined|runs?|ran|leads?|led)\b/u.exec(String(q))) &&
        !/^(is|are|was|the|it|this|that|there|does|do|did)$/.test(m[1]) &&
        /* "which comics by Ana Petrov are in stock": items the name filters */
        !/ (?:by|with|from|for|of|in|on|at|about|featuring|starring)$/.test(m[1])) {
      /* "which days does Ana Ferreira work": the field is "days" */
      out.field = m[1].replace(/ (?:does|do|did)$/, ''); out.kind = fieldKind(out.field) || 'field'; out.named = true; return out;
    }
    if (/\bwho\b|\bwhose\b/.test(l)) {
      m = /\bwho (?:is|was|are) the ([a-z ]+?) (?:of|for|on|in|at)\b/.exec(l);
      out.kind = 'person'; out.field = m ? m[1] : null; return out;
    }
    if (/\bwhere\b/.test(l)) { out.kind = 'place'; return out; }
    if ((m = /\bwhich ([a-z-]+(?: [a-z-]+)?) (?:is|are|was|were|has|have|had|does|do|did|shows?|says?|costs?|got|published|wrote|posted|ran|reported|won|made|sent|built)\b/.exec(l))) {
      out.kind = 'choice'; out.noun = m[1]; return out;
    }
    /* "what does Dr Solberg specialise in?", "what does Plus 40 cost?": the
     * verb names the field ("Specialty", a price) */
    if ((m = /^\s*what (?:does|do|did) (?:the |a |an )?((?:[\w'\u2019.-]+\s+){1,4}?)([a-z]{4,})(?:\s+(?:in|on|at|for|with|to|per|a|each|every)\b.*)?\s*\??\s*$/.exec(l)) &&
        !/^(says?|mean|show|look|have|need|want|like|take|make|include|contain|offer)$/.test(m[2]) &&
        !/\b(?:about|say|said|tell|told|write|wrote|mention|think|ask|post|report|of|to|with|in|on|the)\b/.test(m[1])) {
      m = [m[0], m[2]];
      out.field = m[1];
      out.kind = fieldKind(m[1]) || 'field';
      return out;
    }
    /* "what is Lee's phone number?": the field after the possessor */
    /* the possessor whole: "Tomás Ruiz's email address" */
    const lf = (' ' + String(q).replace(/[\u2019]/g, "'").replace(/(?<=\s)(?:[A-Z\u00c0-\u00de][\p{L}.-]*\s+)*[\p{L}\p{N}_.-]+'s?\s+(?=\p{L})/gu,
      (w) => (/^(what|who|where|that|it|there|here|let)'s/i.test(w) ? w : '')) + ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if ((m = /\b(?:what|which)(?:'s| is| are| was| were| will| would)? (?:the |a |an |their |its |his |her )?([a-z-]+(?: [a-z-]+){0,2}?)(?:(?: of| for| in| on| at| to| does| do| did| is| are| was| were| has| have| with| from| by| that| when| be| can| could| should| may| will)\b|\?| $)/.exec(lf))) {
      let f = m[1].trim();
      /* "which team Hannah Schulz is on": the name said after the field
       * noun is the subject, not the field's words */
      const fw = f.split(' ');
      if (fw.length > 1) {
        const qw = String(q).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}'-]+/u);
        for (let i = 0; i + fw.length <= qw.length; i++) {
          if (!fw.every((w, j) => qw[i + j].toLowerCase() === w)) continue;
          /* a common noun first ("team"), then a name; not a name whole
           * ("Thames Water bill"), nor a capital word ("workspace ID") */
          const k = /^\p{Lu}/u.test(qw[i]) ? -1 : fw.findIndex((w, j) => j > 0 && /^\p{Lu}\p{Ll}/u.test(qw[i + j]));
          if (k > 0) f = fw.slice(0, k).join(' ');
          break;
        }
      }
      if (f && !/^(is|are|was|the|it|this|that|there|does|do)$/.test(f)) {
        out.field = f;
        /* "the after-hours number", "the number to call": a phone's */
        const k = /(?:^|[\s-])number$/.test(f) && /\b(?:call|phone|ring|dial|text|reach|after-hours|out-of-hours|emergency|helpline|hotline|switchboard|contact|support|fax|mobile|reception|enquiries|direct)\b/.test(lf) ? 'phone' : fieldKind(f);
        out.kind = k || 'field';
        return out;
      }
    }
    out.kind = 'text';
    return out;
  }

  /* "items did i" -> "items": the noun phrase before the verb */
  function nounHead(s) {
    const w = s.split(' ');
    const i = w.findIndex((x, k) => k > 0 && (/^(are|is|were|was|do|does|did|have|has|had|can|could|will|would|in|on|at|of|for|to|by|from|with|about|there|left|i|we|you|they|it|that|which|who)$/.test(x) || /[a-z]{3}ed$/.test(x)));
    return (i > 0 ? w.slice(0, i) : w).join(' ');
  }

  /* The words that name the thing asked about: quoted phrases, names,
   * numbers, file names (strong), and the other words (weak). */
  /* words that say how a value is shown, not what it is of */
  const SHOWN_WORDS = /^(selected|chosen|picked|shown|displayed|listed|written|visible|set|currently|mentioned|given|stated)$/;

  /* the words that ask the kind itself: "how hot", "how fast" */
  const KIND_WORDS = { temperature: /^(hot|warm|cold|temperature|temp)$/, speed: /^(fast|quick|slow|speed)$/ };
  function subjectKeys(q, ask) {
    let s = String(q);
    if (KIND_WORDS[ask.kind]) s = s.split(/\s+/).filter((w) => !KIND_WORDS[ask.kind].test(norm(w))).join(' ');
    const strong = [];
    s = s.replace(/["\u201c\u201d\u2018\u2019]([^"\u201c\u201d\u2018\u2019]{1,80})["\u201c\u201d\u2018\u2019]/g, (all, inner) => {
      for (const t of tokens(inner)) strong.push(t);
      return ' ';
    });
    const drop = new Set();
    for (const w of [ask.field, ask.noun, ask.unit, ask.state]) for (const t of tokens(w || '')) drop.add(t);
    const weak = [];
    const words = s.replace(/[?!.,;:()]/g, ' ').split(/\s+/).filter(Boolean);
    /* a leading space: the words are a name's ("Wren & Gale go on"), not a
     * sentence whose first word is capitalized anyway */
    const named = /^\s/.test(String(q));
    const phrases = [];
    /* "Max Unlimited", "Plus 40": a name of several words scores whole
     * (each of its words alone may be any plan's "max" or "unlimited") */
    let run = [];
    const endRun = () => { if (run.length >= 2) phrases.push(run.flatMap((x) => tokens(x))); run = []; };
    words.forEach((w, i) => {
      const bare = w.replace(/['\u2019]s$/, '');
      /* "Wren & Gale", "Marks & Spencer": one name across its ampersand */
      if (bare === '&' && run.length) return;
      if ((i > 0 || named) && (/^[A-Z\u00c0-\u00de]/.test(bare) || (run.length && /^\d/.test(bare))) && !/^I['\u2019]/.test(bare)) run.push(bare); else endRun();
    });
    endRun();
    words.forEach((w, i) => {
      const bare = w.replace(/['\u2019]s$/, '');
      const ts = tokens(bare);
      /* "I'd", "I'm": the asker, no name */
      if (!ts.length || /^I['\u2019](?:d|m|ll|ve)$/i.test(bare)) return;
      const isStrong = /\d|^[@#]|\.[a-z0-9]{2,4}$/i.test(bare) || ((i > 0 || named) && /^[A-Z\u00c0-\u00de]/.test(bare));
      /* "INV-17", "db-2", "report.pdf": its words side by side */
      if (isStrong && ts.length > 1) phrases.push(ts);
      for (const t of ts) {
        if (Q_STOP.has(t) || (drop.has(t) && !isStrong) || (!isStrong && SHOWN_WORDS.test(t))) continue;
        if (isStrong) strong.push(t); else if (!drop.has(t)) weak.push(t);
      }
    });
    const uniq = (a) => Array.from(new Set(a));
    const st = uniq(strong);
    return { strong: st, weak: uniq(weak).filter((w) => !st.includes(w)), phrases };
  }

  /* ------------------------------------------------------------------ */
  /* values of a kind in a text                                          */

  function valuesIn(text, kind, unit) {
    const out = [];
    const t = String(text || '');
    if (kind === 'money') {
      const re = new RegExp(PRICE_SRC, 'gu');
      let m;
      while ((m = re.exec(t))) {
        /* a sign before it is part of the amount: "-£38.75" */
        const sign = /[-+−]\s?$/.exec(t.slice(Math.max(0, m.index - 2), m.index));
        const x = sign ? { v: sign[0].trim() + m[0].trim(), i: m.index - sign[0].length } : { v: m[0].trim(), i: m.index };
        /* "£40–£60": one value, a range ("at most" reads its end) */
        const prev = out[out.length - 1];
        if (prev && !sign && /^\s*[\u2013\u2014-]\s*$/.test(t.slice(prev.i + prev.v.length, m.index))) prev.v = t.slice(prev.i, m.index + m[0].trimEnd().length);
        else out.push(x);
      }
      return out;
    }
    if (kind === 'when') {
      const d = valuesIn(t, 'date');
      const tm = valuesIn(t, 'time');
      /* a date with its time beside it: "28 March at 14:30" */
      for (const x of d) {
        const after = tm.find((y) => y.i >= x.i + x.v.length && /^(?:,?\s*(?:at|@|from|-|\u2013)?\s*)$/.test(t.slice(x.i + x.v.length, y.i)));
        if (after) x.v = t.slice(x.i, after.i + after.v.length);
      }
      return d.length ? d : tm;
    }
    if (kind === 'person') {
      let m;
      const re = new RegExp(PERSON_RE.source, 'g');
      while ((m = re.exec(t))) {
        const v = m[0].replace(/['\u2019]s$/, '');
        if (NOT_NAMES.test(v.split(/\s+/)[0]) && !/\s/.test(v)) continue;
        out.push({ v: NOT_NAMES.test(v.split(/\s+/)[0]) ? v.replace(/^\S+\s+/, '') : v, i: m.index });
      }
      return out;
    }
    if (kind === 'status') {
      const ws = t.split(/\s*[\n|,;:\u00b7\u2022()[\]]\s*|\s+[-\u2013\u2014]\s+/);
      let i = 0;
      for (const w of ws) {
        const n = norm(w);
        if (STATUS_WORDS.test(n)) out.push({ v: collapse(w), i: t.indexOf(w, i) });
        i += w.length;
      }
      return out;
    }
    const re = KIND_RE[kind];
    if (!re) return out;
    const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let m, spans = null;
    while ((m = r.exec(t))) {
      if (kind === 'duration' && unit && stem(tokens(m[0]).pop() || '') !== unit && !new RegExp('^' + unit.slice(0, 3)).test(tokens(m[0]).pop() || '')) continue;
      /* no count is part of a time, a date or a name ("08:30", "NA 412") */
      if (kind === 'count' && (/[:./\-$\u00a3\u20ac\u00a5#]$/.test(t.slice(0, m.index)) || /^[:/]\d/.test(t.slice(m.index + m[0].length)))) continue;
      /* nor a day of a date ("Thursday 26 June") */
      if (kind === 'count' && (spans || (spans = valuesIn(t, 'date'))).some((d) => m.index >= d.i && m.index < d.i + d.v.length)) continue;
      out.push({ v: m[0].trim(), i: m.index });
    }
    return out;
  }

  /* ------------------------------------------------------------------ */
  /* the parts of the page                                               */

  const UNIT_TAGS = /^(tr|li|dd|dt|p|td|th|article|section|details|summary|blockquote|figure|figcaption|label|h[1-6]|span|div|a|button|strong|b|em|small|time|main|aside|header|footer|nav|ul|ol|dl|table|tbody|form|fieldset|caption|pre|code)$/;

  function keyHits(text, keys) {
    const tt = tokens(text);
    const has = (k) => tt.some((t) => t === k || (k.length >= 5 && tokenEq(k, t) > 0) ||
      (k.length >= 4 && t.startsWith(k) && t.length - k.length <= (k.length >= 5 ? 6 : 3)) || (t.length >= 4 && k.startsWith(t) && k.length - t.length <= 3));
    let s = 0, strong = 0, weak = 0;
    for (const k of keys.strong) if (has(k)) { s += 3; strong++; }
    for (const k of keys.weak) if (has(k)) { s += 1; weak++; }
    /* a code said whole ("INV-17") beats its parts said apart ("INV-511 ... 17.00") */
    for (const ph of keys.phrases || []) {
      for (let i = 0; i + ph.length <= tt.length; i++) {
        if (ph.every((p, j) => tt[i + j] === p)) { s += 3; strong++; break; }
      }
    }
    return { s, strong, weak };
  }

  /* Sections under headings when the page is flat (h2, p, p, h2, p): the
   * heading and what follows it up to the next heading of its level. */
  function headingSections(c) {
    const out = [];
    for (const h of c.all()) {
      if (!/^h[1-6]$/.test(h.localName) || !isVisible(h, c)) continue;
      const lvl = +h.localName[1];
      const nodes = [h];
      for (let s = h.nextElementSibling; s && nodes.length < 40; s = s.nextElementSibling) {
        const m = /^h([1-6])$/.exec(s.localName);
        if (m && +m[1] <= lvl) break;
        if (isVisible(s, c)) nodes.push(s);
      }
      if (nodes.length > 1) out.push({ el: h, nodes, text: nodes.map((n) => rawText(n)).join('\n') });
    }
    return out;
  }

  /* a row's text is its cells' texts apart (cells of spans run together
   * in innerText: "CostaWonDana") */
  function unitText(el, c) {
    if (isRow(el)) {
      const cs = cellsOf(el);
      if (cs.length) return cs.map((x) => textOf(x, c)).join(' ');
    }
    return textOf(el, c);
  }

  function rawText(el, c) {
    return String(shownText(el, c));
  }

  /* the label an element's value stands under: its column header */
  function headerOf(cell, c) {
    const row = cell.parentElement;
    if (!row) return '';
    const table = closestComposed(row, 'table,[role=table],[role=grid],[role=treegrid]');
    if (!table) return '';
    if (!c.headRow) c.headRow = new Map();
    if (!c.headRow.has(table)) c.headRow.set(table, rowsOf(table).find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); }) || null);
    const head = c.headRow.get(table);
    if (!head || head === row) return '';
    const i = cellsOf(row).indexOf(cell);
    const hs = cellsOf(head);
    return i >= 0 && i < hs.length ? textOf(hs[i], c) : '';
  }

  /* Every visible part that holds some of the subject's words. */
  function answerUnits(keys, scope, c) {
    const units = [];
    const all0 = keys.strong.concat(keys.weak);
    /* the first letters of each word: a text without any of them holds none */
    const stems = all0.length ? all0.map((k) => k.slice(0, Math.min(3, k.length))) : null;
    for (const el of c.all()) {
      if (!candidateEl(el) || !UNIT_TAGS.test(el.localName) && !attrRole(el) && !el.shadowRoot) continue;
      if (scope && !composedContains(scope, el)) continue;
      /* a row is the part, not its cells or what is in them; a header
       * row names columns, it is no part */
      if (!isRow(el) && closestComposed(el, 'tr,[role=row]', 4)) continue;
      if (isRow(el) && cellsOf(el).length && cellsOf(el).every(isHeadCell)) continue;
      /* a table is read by its rows and columns, never as one text (its
       * header's "Plus 40" is no subject of a value in another column) */
      if (/^(table|tbody|thead)$/.test(el.localName) || /^(table|grid|treegrid)$/.test(attrRole(el) || '')) continue;
      /* cheap tests first: a big container is no part; one that has none
       * of the subject's words as letters is none of its */
      const raw = el.textContent || '';
      const deep = !!el.shadowRoot || c.hostUp.has(el);
      if (raw.length > UNIT_MAX * 2 || (!raw.trim() && !deep)) continue;
      if (stems && !scope && !deep && !stems.some((k) => raw.toLowerCase().includes(k))) continue;
      const t = unitText(el, c);
      if (!t || t.length > UNIT_MAX) continue;
      const h = keyHits(t, keys);
      /* a box whose thing is named only inside a table it holds is read by
       * that table's rows and columns */
      if (keys.strong.length && el.querySelector && el.querySelector('table')) {
        let out = raw;
        for (const tb of el.querySelectorAll('table')) out = out.replace(tb.textContent || '', ' ');
        if (!keyHits(out, { strong: keys.strong, weak: [], phrases: keys.phrases }).strong) continue;
      }
      /* within a target's part every part counts; elsewhere one that names
       * something of the subject */
      if (!h.s && (keys.strong.length || keys.weak.length) && !scope) continue;
      if (!isVisible(el, c)) continue;
      units.push({ el, nodes: [el], text: isRow(el) ? t : rawText(el, c), len: t.length, hits: h });
    }
    for (const sec of headingSections(c)) {
      if (scope && !composedContains(scope, sec.el)) continue;
      if (sec.text.length > UNIT_MAX * 2 || sec.nodes.some((n) => n.localName === 'table' || (n.querySelector && n.querySelector('table')))) continue;
      const h = keyHits(sec.text, keys);
      if (h.s) units.push({ el: sec.el, nodes: sec.nodes, text: sec.text, len: collapse(sec.text).length, hits: h, section: true });
    }
    return units;
  }

  /* ------------------------------------------------------------------ */
  /* reading a value of the kind from a part                             */

  function unitIsRow(u) {
    return !u.section && isRow(u.el);
  }

  function fieldWords(ask) {
    /* "what number do I call": a phone, by its label */
    if (ask.field && ask.kind === 'phone' && !/phone|tel|fax|mobile/.test(ask.field)) return [ask.field, 'phone', 'telephone', 'tel', 'call us'];
    if (ask.field) return [ask.field];
    const f = [];
    if (ask.kind === 'person') f.push('owner', 'assignee', 'author', 'by', 'assigned to', 'speaker', 'contact', 'name', 'host', 'lead');
    if (ask.kind === 'place') f.push('location', 'where', 'room', 'venue', 'place', 'address', 'city');
    if (ask.kind === 'status') f.push('status', 'stage', 'state');
    if (ask.kind === 'size') f.push('size');
    if (ask.kind === 'money') f.push('amount', 'price', 'total', 'balance', 'cost');
    if (ask.kind === 'when' || ask.kind === 'date') f.push('date', 'due', 'when');
    if (ask.kind === 'time') f.push('time', 'when', 'starts');
    if (ask.kind === 'duration') f.push('duration', 'length', 'valid');
    return f;
  }

  function kindFits(v, ask) {
    if (!v) return false;
    if (ask.kind === 'field' || ask.kind === 'text' || ask.kind === 'choice' || ask.kind === 'yesno') return true;
    if (ask.kind === 'place') return v.length <= 80;
    return valuesIn(v, ask.kind, ask.unit).length > 0;
  }

  /* the value of a kind inside a value text: "Due 28 Mar 2026" -> the date;
   * "Pro (billed yearly)" -> "Pro" */
  function trimToKind(v, ask) {
    /* "— suspension, hydraulic brakes": the dash that sets it off, not a
     * sign ("-£38.75") */
    v = collapse(v).replace(/^(?:[\s:]+|[\u2014\u2013-]\s+)+/, '');
    if (ask.kind === 'field') v = v.replace(/\.\s+[A-Z].*$/, '');
    const rm = /^(.{1,40}?)\s*\([^)]*\)$/.exec(v);
    if (rm && /^(field|status|place|person)$/.test(ask.kind)) v = rm[1];
    if (/^(field|text|choice|place|status|yesno)$/.test(ask.kind)) return v;
    const vs = valuesIn(v, ask.kind, ask.unit);
    if (!vs.length) return v;
    if (ask.kind === 'person') return v.length <= 40 && vs[0].v.length >= v.length / 2 && !/\d/.test(v) ? v : vs[0].v;
    if (ask.kind === 'count' && vs.length === 1 && v.length > vs[0].v.length + 20) return vs[0].v;
    /* a short value whole ("Due 28 Mar 2026"), not a sentence that holds it */
    return v.length <= 40 && !/[.;]\s/.test(v) ? v : vs[0].v;
  }

  /* a grid's cell that holds several lines (a class's time, its coach,
   * its room): the one line of the kind asked ("who leads" -> the coach's
   * line, "what time" -> the time's), else the cell whole */
  function cellText(cell, ask, c) {
    const whole = textOf(cell, c);
    const full = fullText(cell, c);
    if (full !== whole) return full;
    if (/^(field|text|choice|yesno|status)$/.test(ask.kind)) return whole;
    const lines = String(shownText(cell, c)).split(/\n+/).map(collapse).filter(Boolean);
    if (lines.length < 2) return whole;
    const fit = lines.filter((l) => kindFits(l, ask) && !(ask.kind === 'person' && /\d/.test(l)));
    return fit.length === 1 ? fit[0] : whole;
  }

  /* a short text a title spells out in full: "PKo" of <abbr title="Mr
   * Piotr Kowalski">, a code with its name on hover; else the text */
  function fullText(el, c) {
    const t = textOf(el, c);
    const a = el.matches && el.matches('abbr[title],[title]') ? el : el.querySelector && el.querySelector('abbr[title]');
    const tt = a ? collapse(a.getAttribute('title') || '') : '';
    if (a && tt && textOf(a, c) === t && t.length <= 6 && tt.length > t.length && !/\s/.test(t)) return tt;
    return t;
  }

  /* a table row: the cell under the header the question names, else the
   * one cell of the kind that is not the subject's own */
  function readRow(u, ask, keys, qwords, c) {
    const cells = cellsOf(u.el);
    /* "what time does it finish?": the end's column, not the start's a
     * time question reads when nothing says which */
    const ends = qwords.some((w) => /^(end|ends|finish|finishes|close|closes|over)$/.test(w));
    const fw = fieldWords(ask).filter((f) => !(ends && f === 'starts'));
    let best = null, bs = 0;
    cells.forEach((cell) => {
      const h = headerOf(cell, c);
      if (!h) return;
      let s = 0;
      for (const f of fw) s = Math.max(s, nameScore(f, h) * (f === ask.field ? 1 : 0.9));
      /* "who owns": the Owner column, not the Contact one */
      for (const w of qwords.concat(...qwords.map((x) => COLUMN_SYNONYMS[x] || []))) if (w.length >= 3 && tokens(h).some((t) => t === w || t.startsWith(w))) s = Math.max(s + 0.15, 0.75);
      /* "the top of the band": the Maximum column of a Minimum and a
       * Maximum */
      const side = rangeSide(qwords.join(' '));
      if (side && tokens(h).some((t) => RANGE_HEAD[side].test(t))) s = Math.max(s + 0.15, 0.8);
      if (s > bs && textOf(cell, c)) { bs = s; best = cell; }
    });
    /* a column the question names holds the answer whatever its words
     * (a status "Gate closed", a place "B12") */
    const named = best && ask.field && bs >= 0.9 && /^(status|place|person|field)$/.test(ask.kind) && textOf(best, c).length <= 60;
    if (best && bs >= 0.7 && (named || kindFits(fullText(best, c), ask))) {
      return { v: trimToKind(cellText(best, ask, c), ask), el: best, how: 'cell', why: 'the "' + clip(headerOf(best, c), 40) + '" column of the row "' + clip(textOf(u.el, c), 80) + '"' };
    }
    if (ask.kind === 'field' || ask.kind === 'text' || ask.kind === 'yesno') return null;
    /* with no subject, only the column the field names */
    if (!keys.strong.length && !keys.weak.length && ask.field) return null;
    const fit = cells.filter((cell) => {
      const t = fullText(cell, c);
      return t && kindFits(t, ask) && !(keyHits(t, keys).strong && ask.kind === 'person');
    });
    if (fit.length === 1 || (fit.length > 1 && ask.kind !== 'person' && ask.kind !== 'status')) {
      const cell = fit[0];
      return { v: trimToKind(cellText(cell, ask, c), ask), el: cell, how: 'cell', why: 'the ' + ask.kind + ' in the row "' + clip(textOf(u.el, c), 80) + '"' };
    }
    return null;
  }

  /* the noun a "which" question asks for: "(find out) which route is ..." */
  const WHICH_NOUN = /^\s*(?:(?:find out|tell me|look up|say)\s+)?which\s+([a-z]+)\b/;

  /* "Label: value" pairs and labels beside values inside the part */
  function readLabel(u, ask, qwords, c, keys) {
    const fw = fieldWords(ask);
    if (!fw.length && !qwords.length) return null;
    let best = null;
    const subject = keys && keys.strong.length ? [keys.strong.join(' ')] : [];
    for (const n of u.nodes) {
      const scope = [n];
      for (const f of fw.concat(qwords, subject)) {
        for (const lab of labelEls2(f, scope, c).slice(0, 4)) {
          /* a tab is no label: the tabs beside it are no value of it */
          if (roleOf(lab) === 'heading' || isHeadCell(lab) || isTabLike(lab, c)) continue;
          /* a row's key cell beside several values of the kind under
           * their own headers ("Rabies | 3 Feb 2025 | 3 Feb 2026"): the
           * column the question names says which, not the next cell */
          if (lab.localName === 'td' && !/^(field|text|choice|yesno|status|place|person)$/.test(ask.kind) && headerOf(lab, c) && lab.parentElement &&
              cellsOf(lab.parentElement).filter((x) => x !== lab && kindFits(textOf(x, c), ask)).length > 1) continue;
          const v = valueBeside(lab, c);
          /* a label that says every word of the field holds its value
           * whatever its form ("Consulting days: Mon, Wed, Fri") */
          const lt = tokens(textOf(lab, c).replace(/\s*[:\uff1a].*$/, ''));
          const named = f === ask.field && v && v.length <= 60 && lt.length <= 4 && tokens(f).every((w) => lt.some((t) => wordsMeet(w, t)));
          if (!v || !(named || kindFits(v, ask) || (ask.kind === 'status' && v.length <= 40 && !/\d/.test(v)))) continue;
          /* beside a thing's name, one capitalized word ("Qualified") is no person */
          if (ask.kind === 'person' && subject.includes(f) && !/\S\s+\S/.test(v)) continue;
          /* "Car (up to 5 m)": the words in brackets say which, not what */
          const labT = textOf(lab, c).replace(/\s*[:\uff1a].*$/, '');
          const bareT = labT.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
          const s = Math.max(named ? 0.9 : 0, Math.max(nameScore(f, labT), bareT && bareT !== labT ? nameScore(f, bareT) * 0.98 : 0) * (f === ask.field ? 1 : fw.includes(f) ? 0.9 : 0.8));
          if (!best || s > best.s) best = { s, f, v: trimToKind(v, ask), el: lab, how: 'label', why: 'the value beside "' + clip(textOf(lab, c).replace(/\s*[:\uff1a].*$/, ''), 40) + '"' };
        }
      }
      const rx = n.querySelectorAll ? n.querySelectorAll('*') : [];
      if (ask.kind === 'status' || ask.kind === 'yesno') {
        for (const b of [n].concat(Array.from(rx))) {
          if (!STATUS_CLASS.test(attrWords(b)) || !isVisible(b, c)) continue;
          const t = textOf(b, c);
          if (t && t.length <= 40 && (!best || best.s < 0.85)) best = { s: 0.85, v: t, el: b, how: 'badge', why: 'the status badge of "' + clip(textOf(u.el, c), 60) + '"' };
        }
      }
    }
    /* "which team does Hannah Berg work in?": the value beside her name
     * is her title; a "Team:" label in her card says the field */
    if (best && ask.field && subject.length && subject.includes(best.f)) {
      for (let n = parentOf(u.el), up = 0; n && n.nodeType === 1 && up < 3 && textOf(n, c).length <= 400; n = parentOf(n), up++) {
        const lab = labelEls2(ask.field, [n], c).find((x) => roleOf(x) !== 'heading' && !isHeadCell(x));
        const v = lab ? valueBeside(lab, c) : null;
        if (v && kindFits(v, ask)) return { s: 1, v: trimToKind(v, ask), el: lab, how: 'label', why: 'the value beside "' + clip(textOf(lab, c).replace(/\s*[:\uff1a].*$/, ''), 40) + '"' };
        /* "Camera: Leica M3" said in the caption the name heads */
        const il = readInline({ el: n, nodes: [n], text: rawText(n) }, ask, qwords, keys);
        if (il && il.s >= 1) return il;
      }
    }
    if (!(best && best.s >= 0.7) && ask.field) {
      /* a label that says the field among other words ("Consulting days"
       * for "which days"), a term or a "Label:" */
      const ft = tokens(ask.field);
      for (const n of u.nodes) {
        for (const lab of subtreeOf(n, c)) {
          if (!hasOwnText(lab) || roleOf(lab) === 'heading' || isHeadCell(lab)) continue;
          const lt = textOf(lab, c);
          if (!lt || lt.length > 40 || !(lab.localName === 'dt' || /[:\uff1a]\s*$/.test(lt))) continue;
          const tt = tokens(lt);
          if (tt.length > 4 || !ft.every((w) => tt.some((t) => wordsMeet(w, t)))) continue;
          const v = valueBeside(lab, c);
          if (v && v.length <= 60 && !keyHits(v, { strong: keys ? keys.strong : [], weak: [] }).strong && isVisible(lab, c)) {
            return { s: 0.9, v: trimToKind(v, Object.assign({}, ask, { kind: 'field' })), el: lab, how: 'label', why: 'the value beside "' + clip(lt, 40) + '"' };
          }
        }
      }
    }
    return best && best.s >= 0.7 ? best : null;
  }

  /* the sentence of the part that holds the most of the question's words */
  function sentencesOf(text) {
    return String(text).split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"\u201c(])/).map((s) => collapse(s)).filter(Boolean);
  }

  function bestSentence(u, keys, qwords, ask) {
    let best = null;
    for (const s of sentencesOf(u.text)) {
      const h = keyHits(s, keys);
      const extra = qwords.filter((w) => tokens(s).includes(w)).length;
      const vs = ask ? valuesIn(s, ask.kind, ask.unit) : [];
      /* the part already holds the names: "what did Lotte say about the
       * garage" is the sentence about the garage, not Lotte's byline */
      const score = (ask ? h.s : h.weak * 3 + h.strong) + extra * 0.5 + (vs.length ? 2 : 0) - s.length / 2000;
      if (!best || score > best.score) best = { s, score, vs };
    }
    return best;
  }

  /* The one value of the kind in the row of the name the question says (a
   * phrase of two words or more, the longest that names rows): the
   * smallest elements of the part (its nodes roots) that say it, each up
   * to its smallest ancestor with one value of the kind (a row of 200
   * characters at most). {v, name: the phrase's words}, or null when
   * no row says it or its rows hold different values. */
  function rowValue(roots, keys, ask) {
    const els = roots.filter((r) => r && r.querySelectorAll).flatMap((r) => [r].concat(Array.from(r.querySelectorAll('*'))));
    for (const p of (keys.phrases || []).filter((x) => x.length >= 2).sort((a, b) => b.length - a.length)) {
      const says = (el) => {
        const t = rawText(el);
        if (t.length > 80) return false;
        const ts = tokens(t);
        return p.every((w) => ts.includes(w));
      };
      const hits = els.filter((el) => says(el) && !Array.from(el.children).some(says));
      const got = new Set();
      for (const el of hits) {
        for (let n = el, up = 0; n && up < 3; n = n.parentElement, up++) {
          const t = rawText(n);
          if (t.length > 200) break;
          /* not the row's own name ("Corvid Labs" is no person of its row) */
          const vs = valuesIn(t, ask.kind, ask.unit).filter((x) => !tokens(x.v).every((w) => p.some((k) => wordsMeet(k, w))));
          if (vs.length === 1) { got.add(vs[0].v); break; }
          if (vs.length > 1) break;
        }
      }
      if (got.size === 1) return { v: [...got][0], name: p.join(' ') };
    }
    return null;
  }

  /* a value of the kind in the part's text, nearest the field's words and
   * the subject's, never one that is the subject's own words */
  function readText(u, ask, keys, qwords) {
    const sent = bestSentence(u, keys, qwords, ask);
    if (!sent) return null;
    let vs = sent.vs;
    let src = sent.s;
    /* with no subject, a value only where the field is said */
    if (!keys.strong.length && !keys.weak.length && ask.field && !tokens(u.text).some((t) => t.startsWith(tokens(ask.field)[0] || '-'))) return null;
    if (!vs.length) {
      src = collapse(u.text);
      vs = valuesIn(src, ask.kind, ask.unit);
    }
    /* a heading's capitalized words are a title ("Shipwrecks of the North
     * Sea"), a person only after "by" */
    const title = ask.kind === 'person' && ((/^h[1-6]$/.test(u.el.localName || '') && (!u.section || collapse(rawText(u.el)) === src)) ||
      (u.el.querySelectorAll && Array.from(u.el.querySelectorAll('h1,h2,h3,h4,h5,h6')).some((h) => collapse(rawText(h)) === src)));
    /* nor words of the subject or the question themselves: "who sent the
     * email about the password expiry?" is not answered "Password" */
    const own = new Set([].concat(keys.strong || [], keys.weak || [], qwords || []).flatMap((k) => tokens(String(k))));
    const ownWords = (v) => tokens(v).length > 0 && tokens(v).every((t) => own.has(t));
    if (ask.kind === 'person') vs = vs.filter((x) => !keyHits(x.v, keys).s && !ownWords(x.v) && (!title || /\bby\s+$/i.test(src.slice(Math.max(0, x.i - 4), x.i))));
    /* "when does Wren & Gale go on on Sunday?": the day the question says
     * is where to look, not the answer, when the text has another value */
    else if (vs.some((x) => !ownWords(x.v))) vs = vs.filter((x) => !ownWords(x.v));
    /* past the title, the rest of the part: "Led by Dr Amara Lindgren" */
    if (!vs.length && title && !u.section) {
      src = collapse(String(u.text).replace(src, ' '));
      vs = valuesIn(src, 'person').filter((x) => !keyHits(x.v, keys).s && (/\s/.test(x.v) || /\bby\s+$/i.test(src.slice(Math.max(0, x.i - 4), x.i))));
    }
    if (!vs.length) return null;
    let hintAt = [];
    /* a word inside a value ("500" of "500 Mbps" for "Fibre 500") is no
     * word beside it */
    const inValue = (i) => vs.some((x) => i >= x.i && i < x.i + x.v.length);
    const fws = fieldWords(ask).flatMap((f) => tokens(f));
    for (const w of fieldWords(ask).concat(qwords, keys.strong)) {
      if (!w || w.length < 2 && !keys.strong.includes(w)) continue;
      const re = new RegExp('(?:^|[^\\p{L}\\p{N}])(' + w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\W+') + ')', 'giu');
      let m;
      while ((m = re.exec(src))) {
        const i = m.index + m[0].length - m[1].length;
        const own = !keys.strong.includes(w) && !keys.weak.includes(w) && tokens(w).every((t) => fws.includes(t));
        if (own || !inValue(i)) hintAt.push({ i, strong: ask.kind !== 'person' && keys.strong.includes(w), own });
      }
      /* "Sat 10:00–13:30" for "on Saturdays": a word said short, its
       * first letters and a stop ("Sat", "Thu.", "Dept") */
      if (/^\p{L}{5,}$/u.test(w)) {
        const ab = new RegExp('(?:^|[^\\p{L}\\p{N}])(' + w.slice(0, 3) + '\\p{L}{0,' + (w.length - 4) + '})(?![\\p{L}])', 'giu');
        while ((m = ab.exec(src))) {
          const i = m.index + m[0].length - m[1].length;
          if (w.startsWith(m[1].toLowerCase()) && m[1].length < w.length) hintAt.push({ i, strong: false, own: true });
        }
      }
    }
    /* "Download 500 Mbps, Upload 75 Mbps" for "the upload speed": of
     * several values, the one after the word of the field the question
     * says, over the words of the thing it is of */
    const nearest = (hs) => {
      let b = vs[0], bd = Infinity;
      for (const x of vs) {
        /* a value after its word ("due 28 March", "minimum £25") first */
        const d = Math.min(...hs.map((h) => (x.i >= h.i ? x.i - h.i : (h.i - x.i) * 1.5) * (h.strong ? 0.5 : 1)));
        if (d < bd) { bd = d; b = x; }
      }
      return b;
    };
    let best = hintAt.length ? nearest(hintAt) : vs[0];
    /* "19:00 Kite Engine 23:00 DJ Okra" (a line-up's rows): the value of
     * the row that holds the name, not the one nearest it in the text */
    const rv = vs.length > 1 ? rowValue(u.nodes || [u.el], keys, ask) : null;
    if (rv) return { v: rv.v, el: u.el, how: 'text', why: 'the ' + (ask.kind === 'when' ? 'date' : ask.kind) + ' in the row of "' + clip(rv.name, 60) + '"' };
    const fieldHints = hintAt.filter((h) => h.own && !h.strong);
    if (vs.length > 1 && fieldHints.length && fieldHints.length < hintAt.length) {
      const b1 = nearest(fieldHints);
      /* only when the value the thing's words chose has a label of its
       * own, another field's ("Download 500 Mbps") */
      const before = /(\p{L}{2,})\s*[:\uff1a]?\s*$/u.exec(src.slice(Math.max(0, best.i - 24), best.i));
      if (b1 !== best && before && !keyHits(before[1], keys).s) best = b1;
    }
    best = rangeOne(best, vs, src, ask);
    return { v: best.v, el: u.el, how: 'text', why: 'the ' + (ask.kind === 'when' ? 'date' : ask.kind) + ' in "' + clip(src, 100) + '"' };
  }

  /* "what time does it close?": of a range the text says ("from 09:00 to
   * 17:00", "07:00–21:00") around the value chosen, the end rangeWant
   * asks for */
  function rangeOne(best, vs, src, ask) {
    const want = rangeWholeAsked(ask.said || '') ? null : rangeWant(ask.said || '');
    const k = vs.indexOf(best);
    const joined = (a, b) => /^\s*(?:-|\u2013|\u2014|to|until|till|through)\s*$/i.test(src.slice(a.i + a.v.length, b.i));
    if (want === 'end' && k >= 0 && k + 1 < vs.length && joined(best, vs[k + 1])) return vs[k + 1];
    if (want === 'start' && k > 0 && joined(vs[k - 1], best)) return vs[k - 1];
    return best;
  }

  /* a field an item's markup names: <span class="stage">, <b class="author"> */
  /* the names of a part that holds a person (class, id, data-, itemprop):
   * "author", "sender", a chat's "who" */
  const PERSON_FIELDS = FIELD_WORDS.author.concat(['speaker', 'artist', 'act', 'assignee', 'sender', 'from', 'name', 'who', 'poster']);

  function readField(u, ask, keys, c) {
    /* a heading's section: each of its boxes ("<p class=price>" after the
     * plan's name) */
    if (u.section) {
      const words = ask.field ? tokens(ask.field) : [];
      for (const n of u.nodes.slice(1)) {
        const t = words.length && attrMatch(n, words) ? textOf(n, c) : '';
        if (t && t.length <= 120 && kindFits(t, ask)) return { v: trimToKind(t, ask), el: n, how: 'field', why: 'the ' + ask.field + ' of "' + clip(textOf(u.el, c), 60) + '"' };
      }
      return null;
    }
    if (!u.el.querySelector) return null;
    const words = ask.field ? tokens(ask.field) : ask.kind === 'person' ? PERSON_FIELDS
      : ask.kind === 'when' || ask.kind === 'date' || ask.kind === 'time' ? FIELD_WORDS.date : [];
    if (!words.length) return null;
    if ((ask.kind === 'when' || ask.kind === 'date' || ask.kind === 'time') && !ask.field) {
      const tm = u.el.querySelector('time');
      if (tm && isVisible(tm, c) && kindFits(textOf(tm, c), ask)) return { v: trimToKind(textOf(tm, c), ask), el: tm, how: 'field', why: 'the time of "' + clip(textOf(u.el, c), 60) + '"' };
    }
    const el = findByAttr(u.el, words, c);
    if (!el || (el === u.el && !u.section && kidsOf(u.el).length)) return null;
    const t = textOf(el, c).replace(/^by\s+/i, '');
    if (!t || t.length > 120 || !(kindFits(t, ask) || (ask.kind === 'person' && t.length <= 40)) || (keys.strong.length && keyHits(t, keys).strong)) return null;
    return { v: trimToKind(t, ask), el, how: 'field', why: 'the ' + (ask.field || ask.kind) + ' of "' + clip(textOf(u.el, c), 60) + '"' };
  }

  /* a person's name standing alone in the part: a leaf that is one name
   * and none of the subject's words */
  function readPerson(u, keys, c) {
    const names = [];
    for (const n of u.nodes) {
      for (const leaf of textLeaves(n, c, 80)) {
        const t = textOf(leaf, c);
        if (!t || t.length > 60 || keyHits(t, keys).strong || !isVisible(leaf, c)) continue;
        /* "Laser Cutting Basics" for "who hosts the laser cutting
         * workshop": the thing's own name, said in the question, no one */
        const lt = tokens(t);
        if (lt.filter((w) => keys.weak.includes(w)).length * 2 >= lt.length) continue;
        /* a label ("Instructor" over its value) names the field, no one */
        if (/^(dt|th|label|legend)$/.test(leaf.localName) || /^(rowheader|columnheader)$/.test(attrRole(leaf) || '') || /:\s*$/.test(t)) continue;
        const vs = valuesIn(t, 'person');
        if (vs.length !== 1 || vs[0].v !== t.replace(/^by\s+/i, '')) continue;
        names.push({ n, leaf, v: vs[0].v });
      }
    }
    /* the name whose nearest container says the most of the subject; a
     * container that holds another name is theirs, not this one's ("15:30
     * Screen Printing Ade Bakare" rises to the day's whole list, which says
     * "laser cutting" of another row); a word alone ("Reserve", "Full")
     * may be a button's, not a person's */
    const full = names.filter((y) => /\s/.test(y.v));
    let best = null;
    for (const x of names) {
      let s = 0, up = 0;
      for (let a = x.leaf; a && up < 5 && composedContains(x.n, a); a = parentOf(a), up++) {
        if (full.some((y) => y !== x && y.leaf !== a && composedContains(a, y.leaf))) break;
        s = keyHits(textOf(a, c), keys).s;
        if (s) break;
      }
      if (!best || s > best.s || (s === best.s && up < best.up)) best = { s, up, v: x.v, el: x.leaf };
    }
    return best ? { v: best.v, el: best.el, how: 'field', why: 'the name in "' + clip(textOf(best.el.parentElement || u.el, c), 80) + '"' } : null;
  }

  /* a field said in prose: "listens on port 8080", "reference 99812",
   * "8080 is the port", "Node 20 or newer" (a number after the name) */
  function fieldInText(u, field, keys) {
    const f = field.split(' ').pop().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const VAL = '([\\w$\u00a3\u20ac%/.-]*\\d[\\w%/.\u00b0-]*)';
    const text = collapse(u.text);
    const tries = [
      new RegExp('\\b' + f + 's?\\b\\s*(?:is|was|of|=|:|number|no\\.?|#|code)?\\s*' + VAL, 'i'),
      new RegExp(VAL + '\\s+(?:is\\s+the\\s+)?' + f + 's?\\b', 'i'),
      new RegExp('\\b' + f + 's?\\s*[:=]\\s*([A-Z][\\w-]*(?:\\s[A-Z][\\w-]*)*)'),
    ];
    for (const k of keys.strong) tries.push(new RegExp('\\b' + k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\w*\\s+v?(\\d[\\w.]*)', 'i'));
    for (const re of tries) {
      const m = re.exec(text);
      if (m && m[1] && !keyHits(m[1], keys).strong) {
        return { v: m[1].replace(/[.,;:]$/, ''), el: u.el, how: 'text', why: 'the ' + field + ' in "' + clip(sentencesOf(u.text).find((s) => s.includes(m[1])) || text, 100) + '"' };
      }
    }
    /* "Disk on db-2 is at 91%": the one value said after the subject's
     * words in its sentence ("the disk usage on db-2") */
    const sent = bestSentence(u, keys, tokens(field), null);
    if (!sent) return null;
    const said = tokens(sent.s);
    const fieldSaid = tokens(field).some((f) => said.some((t) => t === f || (f.length >= 4 && (t.startsWith(f) || f.startsWith(t)) && t.length >= 4)));
    if (!fieldSaid && !(keyHits(sent.s, keys).s > 0 && /^(version|number|code|release|build|id|level)$/.test(tokens(field).pop() || ''))) return null;
    const VALUE = /[-+]?[$\u00a3\u20ac]?\d+(?:[.,:]\d+)*(?:\s?(?:%|\u00b0[CF]?|kg|km|mi|MB|GB|KB|ms)(?![\w]))?/g;
    let m;
    while ((m = VALUE.exec(sent.s))) {
      const before = sent.s.slice(Math.max(0, m.index - 1), m.index);
      if (/[\w-]/.test(before)) continue; /* part of a name: db-2, NA 412 is kept out below */
      if (keyHits(m[0], keys).strong) continue;
      return { v: m[0], el: u.el, how: 'text', why: 'the value in "' + clip(sent.s, 100) + '"' };
    }
    return null;
  }

  function inOneText(el, s) {
    const tw = (el.ownerDocument || document).createTreeWalker(el, 4 /* SHOW_TEXT */);
    for (let n = tw.nextNode(), i = 0; n && i < 500; n = tw.nextNode(), i++) if (collapse(n.data).includes(s)) return true;
    return false;
  }

  /* "which outlet published it?": the part of a story's byline ("By Marta
   * Lindqvist · Coastal Courier · 2 hours ago") that is no person
   * after "By" and no time; or the element its markup names so */
  const SOURCE_FIELD = /^(?:outlet|source|publication|publisher|newspaper|paper|magazine|network|channel|site|news outlet|media outlet)$/;
  function readSource(u, c) {
    const el = findByAttr(u.el, ['source', 'outlet', 'publication', 'publisher', 'paper'], c);
    if (el && el !== u.el && textOf(el, c).length <= 80) return { v: textOf(el, c), el, how: 'field', why: 'the source of "' + clip(textOf(u.el, c), 60) + '"' };
    for (const line of String(u.text).split(/\n+/)) {
      const parts = line.split(/\s*[\u00b7\u2022|\u2014]\s*|\s+[-\u2013]\s+/).map(collapse).filter(Boolean);
      if (parts.length < 2 || !/^by\s/i.test(parts[0])) continue;
      const rest = parts.slice(1).filter((p) => p.length <= 60 && !valuesIn(p, 'when').length && !/\bago\b|\d{1,2}:\d\d/.test(p));
      if (rest.length) return { v: rest[0], el: u.el, how: 'field', why: 'the source in the byline "' + clip(line, 80) + '"' };
    }
    return null;
  }

  /* "Camera: Leica M3 · Photographer: Tom Hollis": labels said inside a
   * line of text, each with its value; the one whose label is of one
   * family with the field's or the question's words ("photographed" and
   * "Photographer") */
  function readInline(u, ask, qwords, keys) {
    const fw = tokens(ask.field || '').concat(qwords, ask.field ? [] : fieldWords(ask).flatMap((f) => tokens(f)));
    if (!fw.length) return null;
    /* a heading's colon is a title's ("Members' preview: Cartography of
     * the Coast"), not a label's */
    const titles = new Set(titlesOf(u));
    /* "which route is delayed?": a label "Route 12" is the thing asked for,
     * not a field of it */
    const which = WHICH_NOUN.exec(ask.said || '');
    let best = null;
    for (const line of String(u.text).split(/\n+|\s+[\u00b7\u2022|]\s+|;\s+/)) {
      const m = /^\s*([^:]{1,30}?)\s*:\s*(.{1,100}?)\s*$/.exec(line);
      /* "Sat 10:00–16:00": the colon of a time is no label's */
      if (!m || titles.has(collapse(line)) || (/\d$/.test(m[1]) && /^\d/.test(m[2]))) continue;
      const lt = tokens(m[1]);
      if (!lt.length || lt.length > 3 || (which && lt.length >= 2 && lt[0] === tokens(which[1])[0])) continue;
      const met = lt.filter((t) => fw.some((f) => wordsMeet(f, t))).length;
      /* the value ends with its sentence ("QX-99812. Your parcel is ...") */
      const v = collapse(m[2]).replace(/\.\s+[A-Z].*$/, '');
      if (!met || keyHits(m[1], { strong: keys.strong, weak: [], phrases: keys.phrases }).s || keyHits(v, keys).strong || !(kindFits(v, ask) || /^(person|place|status)$/.test(ask.kind))) continue;
      const s = met / lt.length;
      if (!best || s > best.s) best = { s, v: trimToKind(v, ask), el: u.el, how: 'label', why: 'the value after "' + clip(m[1], 40) + '" in "' + clip(line, 80) + '"' };
    }
    return best;
  }

  /* where a thing is: "Room 2" for "which room", a name of the field's
   * kind ("Map Room"), the part of a line of facts that is no date, time
   * or price ("Wednesday 15 July · 19:00 · Map Room"), a place after "in"
   * or "at" */
  function readPlace(u, ask, keys) {
    const text = collapse(u.text);
    const f = ask.field && !/^(place|location|where)$/.test(ask.field) ? ask.field.split(' ').pop().replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : null;
    const fm = f ? new RegExp('\\b' + f + 's?\\b(?:\\s+[A-Z0-9][\\w-]*)?', 'i').exec(text) : null;
    /* "Map Room": the capitalized words just before the field's */
    const pre = fm ? /(?:[A-Z][\w'-]*\s+){1,2}$/.exec(text.slice(0, fm.index)) : null;
    const fv = fm ? ((pre && /^[A-Z]/.test(fm[0]) ? pre[0] : '') + fm[0]).trim() : '';
    if (fv.split(/\s+/).length > 1 && !keyHits(fv, keys).strong) return { v: fv, el: u.el, how: 'text', why: 'the ' + ask.field + ' in "' + clip(text, 80) + '"' };
    for (const line of String(u.text).split(/\n+/)) {
      const segs = line.split(/\s*[\u00b7\u2022|]\s*|\s+[-\u2013\u2014]\s+|,\s+(?=[A-Z])/).map(collapse).filter(Boolean);
      if (segs.length < 2 || !segs.some((x) => valuesIn(x, 'when').length)) continue;
      const p = segs.find((x) => /^[A-Z]/.test(x) && x.length <= 40 && !/[.!?]$/.test(x) && !keyHits(x, keys).s &&
        !['when', 'money', 'duration', 'status'].some((k) => valuesIn(x, k).length));
      if (p) return { v: p.replace(/\.$/, ''), el: u.el, how: 'text', why: 'the place in "' + clip(line, 80) + '"' };
    }
    const m = /\b(?:in|at)\s+((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z0-9][\w'-]*|[a-z]{3,}(?=\s*(?:[,.;\u00b7]|$))))*)/.exec(text);
    return m ? { v: m[1], el: u.el, how: 'text', why: 'the place in "' + clip(u.text, 80) + '"' } : null;
  }

  /* "which team is Hannah on?" of a card that says "Finance" with no
   * label: a value the page lists elsewhere as one of the field's values
   * (the options of a "Team" select or radio group, the choices of a
   * listbox so named) standing alone in the part. A person knows Finance
   * is a team from the form that offers it. */
  const VOCAB_SKIP = /^(?:(?:select|choose|pick|any|all|none|other)\b|[-\u2014\u2013\s.]*$)/i;
  /* the kinds such a value answers; one of its own shape (an e-mail, a
   * price, a date) is read by that shape */
  const VOCAB_KINDS = /^(field|status|place|person|choice)$/;
  function fieldVocab(field, c) {
    c.vocab = c.vocab || new Map();
    if (c.vocab.has(field)) return c.vocab.get(field);
    const words = tokens(field).map(stem);
    const vals = new Map();
    const names = (w) => tokens(w).map(stem).some((t) => words.some((f) => wordsMeet(t, f)));
    for (const el of c.all()) {
      const r = roleOf(el);
      const isSel = el.localName === 'select', isGroup = r === 'radiogroup' || r === 'listbox' || el.localName === 'fieldset';
      if (!isSel && !isGroup) continue;
      const label = el.localName === 'fieldset' ? textOf(el.querySelector('legend') || el, c).slice(0, 60) : accName(el, c);
      if (!label || label.length > 60 || !names(label)) continue;
      const opts = isSel ? Array.from(el.options || []).map((o) => o.text)
        : deepAll(el, 'input[type=radio],[role=radio],[role=option],option', c).map((o) => accName(o, c));
      for (const o of opts) {
        const t = collapse(o || '');
        if (t && t.length <= 40 && !VOCAB_SKIP.test(t)) vals.set(norm(t), t);
      }
    }
    c.vocab.set(field, vals);
    return vals;
  }

  /* where in its item a leaf stands: the child indexes down to it */
  function leafPath(item, leaf) {
    const p = [];
    for (let n = leaf; n && n !== item; n = n.parentElement) {
      if (!n.parentElement) return null;
      p.unshift(Array.prototype.indexOf.call(n.parentElement.children, n) + n.localName);
    }
    return p.join('/');
  }

  /* "which team is Mei Lin on?" when hers ("External") is not among the
   * choices the page offers: the leaf of her card where the other cards
   * show one of them (a column of repeated items) */
  function vocabColumn(u, ask, vocab, keys, c) {
    const g = findRepeated(c);
    if (!g) return null;
    const mine = g.items.filter((it) => composedContains(it, u.el) || composedContains(u.el, it));
    if (mine.length !== 1) return null;
    const paths = new Map();
    for (const it of g.items) {
      if (it === mine[0]) continue;
      for (const leaf of textLeaves(it, c, 80)) {
        if (!vocab.has(norm(textOf(leaf, c)))) continue;
        const p = leafPath(it, leaf);
        if (p) paths.set(p, (paths.get(p) || 0) + 1);
      }
    }
    const ranked = Array.from(paths).sort((a, b) => b[1] - a[1]);
    if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
    const el = textLeaves(mine[0], c, 80).find((l) => leafPath(mine[0], l) === ranked[0][0]);
    const t = el ? textOf(el, c) : '';
    if (!t || t.length > 40 || keyHits(t, keys).strong || !isVisible(el, c)) return null;
    return { v: t, el, how: 'field', vocab: true, why: 'the ' + ask.field + ' of "' + clip(textOf(mine[0], c), 60) + '" (where ' + ranked[0][1] + ' others show ' + plural(ask.field, 2) + ' the page offers)' };
  }

  function readVocab(u, ask, keys, c) {
    if (!ask.field || tokens(ask.field).length > 2 || !VOCAB_KINDS.test(ask.kind)) return null;
    const vocab = fieldVocab(ask.field, c);
    if (vocab.size < 2) return null;
    const found = new Map();
    for (const n of u.nodes) {
      for (const leaf of textLeaves(n, c, 80)) {
        if (leaf.closest('select,option,[role=listbox],[role=radiogroup],fieldset,label,button')) continue;
        const t = textOf(leaf, c);
        if (!t || !vocab.has(norm(t)) || keyHits(t, keys).strong || !isVisible(leaf, c)) continue;
        if (!found.has(norm(t))) found.set(norm(t), leaf);
      }
    }
    if (!found.size) return vocabColumn(u, ask, vocab, keys, c);
    if (found.size !== 1) return null;
    const [el] = found.values();
    return { v: textOf(el, c), el, how: 'field', vocab: true, why: 'the ' + ask.field + ' of "' + clip(textOf(u.el, c), 60) + '" (one of the ' + plural(ask.field, 2) + ' the page offers)' };
  }

  function readUnit(u, ask, keys, qwords, c) {
    if (ask.kind === 'text') return null;
    if (ask.field && SOURCE_FIELD.test(ask.field)) return readSource(u, c);
    if (ask.kind === 'yesno') return ask.state ? readVerdict(u, ask, keys, c) : null;
    if (unitIsRow(u)) {
      const r = readRow(u, ask, keys, qwords, c);
      if (r) return r;
    }
    const il = readInline(u, ask, qwords, keys);
    if (il && il.s >= 1) return il;
    /* before a value beside the name: the one the field's own choices say */
    const voc = readVocab(u, ask, keys, c);
    if (voc) return voc;
    const l = readLabel(u, ask, qwords, c, keys) || il;
    /* the value beside the subject's own name ("/metrics", then a link)
     * is a guess when the text says the field with its value ("on port
     * 9464") */
    if (l && l.f && ask.kind === 'field' && ask.field && !tokens(ask.field).some((w) => tokens(l.f).some((t) => wordsMeet(w, t)))) {
      const up = !u.section && u.el.parentElement;
      const ft = fieldInText(u, ask.field, keys) || (up ? fieldInText({ el: up, nodes: [up], text: unitText(up, c) }, ask.field, keys) : null);
      if (ft) return ft;
    }
    if (l) return l;
    /* "when does the rollback window close?", "who is on call?": what the
     * words say, before the item's byline; "who posted", "when did Mo
     * post": the byline first */
    if (!ask.byline && /^(person|when|date|time)$/.test(ask.kind) && (keys.weak.length || keys.strong.length)) {
      const sent = bestSentence(u, keys, qwords, ask);
      if (sent && sent.vs.length && keyHits(sent.s, keys).s > 0) {
        const t = readText(u, ask, keys, qwords);
        /* a name is said within one run of text, not made of the texts of
         * neighbouring elements ("Velvet Orbit" + "Main stage") */
        if (t && (ask.kind !== 'person' || inOneText(u.el, t.v))) return t;
      }
    }
    /* a paragraph of a post: the post's author or time */
    const item = u.section ? null : closestComposed(u.el, 'li,article,tr,[role=row],[role=listitem],[role=article]', 4) ||
      (/^(person|when|date|time)$/.test(ask.kind) ? itItemUp(u.el, c) : null); /* a box among like ones: a chat's message */
    const f = readField(item && item !== u.el && ask.kind !== 'field' ? { el: item, nodes: [item] } : u, ask, keys, c) || readField(u, ask, keys, c);
    if (f) return f;
    if (ask.kind === 'person') {
      const p = readPerson(u, keys, c);
      if (p) return p;
    }
    if (ask.kind === 'field' || ask.kind === 'yesno') return null;
    if (ask.kind === 'place') return readPlace(u, ask, keys);
    return readText(u, ask, keys, qwords);
  }

  /* ------------------------------------------------------------------ */
  /* one question                                                        */

  function unitDesc(u, c) {
    return candDesc(u.el, u.hits ? u.hits.s / 10 : 0, c);
  }

  /* u holds o: every node of o is inside one of u's, and not the other
   * way round (a section holds its paragraphs) */
  function holds(u, o) {
    const inside = (a, b) => b.nodes.every((m) => a.nodes.some((n) => composedContains(n, m)));
    return u !== o && inside(u, o) && !inside(o, u);
  }

  /* the parts that fit best: the most of the subject's strong words (names,
   * numbers), a value of the kind; with strong words the innermost such
   * part, then the most other words; with none, the most words, then the
   * innermost */
  function rankUnits(units, ask, keys, qwords, c) {
    const read = [];
    for (const u of units) {
      const r = readUnit(u, ask, keys, qwords, c);
      if (!r || !r.v) continue;
      u.r = r;
      read.push(u);
    }
    if (!read.length) return [];
    /* a value the field's own choices name beats a guess beside the name
     * in a part within it ("Hannah Schulz" then "Billing manager") */
    if (read.some((u) => u.r.vocab)) read.splice(0, read.length, ...read.filter((u) => u.r.vocab));
    const top = Math.max(...read.map((u) => u.hits.strong));
    let best = read.filter((u) => u.hits.strong === top);
    const inner = (xs) => xs.filter((u) => !xs.some((o) => holds(u, o)));
    const mostWeak = (xs, slack) => {
      const w = Math.max(...xs.map((u) => u.hits.weak));
      return xs.filter((u) => u.hits.weak >= (slack && w >= 3 ? w - 1 : w));
    };
    /* of three or more plain words, a part may miss one (a kind noun said
     * only in a heading: "the thread about the lost cat") */
    best = top > 0 ? mostWeak(inner(best)) : mostWeak(inner(mostWeak(best, true)));
    const how = { cell: 0, state: 0, field: 1, label: 1, badge: 1, text: 2 };
    best.sort((a, b) => (how[a.r.how] - how[b.r.how]) || (a.len - b.len) || (c.order.get(a.el) - c.order.get(b.el)));
    return best;
  }

  /* the words that say a state is not so: "closed" for open, and what
   * says the same as those ("sold out" for out of stock) */
  function opposites(state) {
    const out = [];
    for (const p of OPPOSITE) if (p.includes(state)) out.push(p[0] === state ? p[1] : p[0]);
    for (const o of out.slice()) for (const x of SAME_STATE[o] || []) if (!out.includes(x) && x !== state) out.push(x);
    return out;
  }

  /* true when text says the state, false when it says its opposite (or
   * "not" it), null when neither */
  function saysState(text, state) {
    const t = ' ' + norm(text) + ' ';
    const has = (w) => t.includes(' ' + norm(w) + ' ');
    if (opposites(state).some(has) || has('not ' + state)) return false;
    if (has(state) || (SAME_STATE[state] || []).some(has)) return true;
    return null;
  }

  const ROLE_COUNT = { checkbox: 'checkbox', button: 'button', link: 'link', row: 'row', tab: 'tab', image: 'image',
    field: 'field', heading: 'heading', radio: 'radio', dropdown: 'dropdown', option: 'option', box: 'checkbox' };

  /* the items the page's markup names for the noun: <li class="item">
   * under <ul class="items">; the largest such group */
  function namedItems(head, scope, c) {
    const groups = new Map();
    for (const el of c.all()) {
      if (!el.parentElement || (scope && !composedContains(scope, el))) continue;
      if (!itemAttrs(el).includes(head) && !itemAttrs(el.parentElement).includes(head)) continue;
      if (kidsOf(el).length === 0 && !itemAttrs(el.parentElement).includes(head)) continue;
      if (!isVisible(el, c) || !textOf(el, c)) continue;
      /* a grid's header row ("Key Summary Assignee") is no item of it */
      const cells = cellsOf(el);
      if (cells.length && cells.every(isHeadCell)) continue;
      const p = el.parentElement;
      groups.set(p, (groups.get(p) || []).concat([el]));
    }
    let best = null;
    for (const [p, items] of groups) {
      const sameTag = items.filter((x) => x.localName === items[0].localName);
      if (!best || sameTag.length > best.items.length) best = { parent: p, items: sameTag };
    }
    return best;
  }

  /* the body rows of a table its caption, heading or a column names for
   * the noun ("Orders", a column "Order") */
  function namedRows(head, scope, c) {
    for (const t of c.all()) {
      const r = roleOf(t);
      if ((r !== 'table' && r !== 'grid') || !isVisible(t, c) || (scope && !composedContains(scope, t))) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c));
      const body = rows.filter((x) => !cellsOf(x).every(isHeadCell));
      const heads = rows.filter((x) => cellsOf(x).every(isHeadCell)).map((x) => textOf(x, c)).join(' ');
      if (body.length && (tableNames(t, c).some(([n]) => hasTokens(n, [head])) || tokens(heads).includes(head))) {
        return { parent: t, items: body };
      }
    }
    return null;
  }

  /* "12 seats left", "Seats: 12", "4 spaces left" (for "how many spots
   * are left"): a number the page says of the noun, in the part the
   * question's other words name; {best, subj} */
  function saidCount(q, ask, keys, scope, c) {
    const noun = tokens(ask.noun || '');
    const head = noun.length ? noun[noun.length - 1] : '';
    /* "job-minutes": the whole compound, not "minutes" alone */
    const compound = /^[a-z]+-[a-z]+$/i.test(collapse(ask.noun || '').split(' ').pop() || '') ? tokens(collapse(ask.noun).split(' ').pop()) : null;
    const stemRe = compound ? compound.slice(0, -1).join('[- ]?') + '[- ]?' + head.slice(0, Math.max(3, head.length - 1)) + '[a-z]*'
      : head ? head.slice(0, Math.max(3, head.length - 1)) + '[a-z]*' : '';
    /* "3 tins", and "− 3 + tins": a stepper's number with its unit after;
     * not a time's minutes ("Sun 11:00–15:00 Hot desks: 9 of 14") */
    const nounRe = head ? new RegExp('(?<![\\w.:-])(\\d[\\d,]*(?:\\.\\d+)?)\\s+(?:[+\u2212\u2013-]\\s+)?(?:[a-z-]+\\s+){0,2}?' + stemRe, 'i') : null;
    const nounRe2 = head ? new RegExp(stemRe + '\\s*(?:[:(\uff1a\u00d7x]|left|remaining|available|qty)?\\s*(\\d[\\d,]*)', 'i') : null;
    /* "Tins of chickpeas × 4": a list line's quantity after what it is of */
    const nounRe3 = head ? new RegExp('\\b' + stemRe + '(?:\\s+[a-z-]+){1,3}?\\s*(?:\u00d7|\\bx|\\bqty:?)\\s*(\\d[\\d,]*)', 'i') : null;
    /* "how many spots are left": the page's own noun ("4 spaces left",
     * "Places remaining: 4") when the question asks what is left */
    const LEFT = '(?:left|remaining|remain|available|free|spare|to go)';
    const leftRe = new RegExp('\\b' + LEFT + '\\b', 'i').test(q)
      ? new RegExp('(?<![\\w.-])(\\d[\\d,]*(?:\\s+(?:of|out of|/)\\s+\\d[\\d,]*)?)\\s+(?:[a-z-]+\\s+){0,2}?' + LEFT + '\\b|\\b' + LEFT + '\\s*[:\uff1a]?\\s*(\\d[\\d,]*)', 'i') : null;
    /* "unread messages": the words before the noun say which */
    const subj = { strong: keys.strong, weak: keys.weak.filter((w) => !noun.includes(w) && !tokens(ask.state || '').includes(w) && !/^(number|count|total)$/.test(w)).concat(noun.slice(0, -1)) };
    let best = null;
    /* the parts that say the noun as well as the rest ("Trail socks × 2") */
    const withNoun = Object.assign({}, keys, { weak: Array.from(new Set(keys.weak.concat(noun))) });
    const many = (re, t) => re && (t.match(new RegExp(re.source, 'gi')) || []).length > 1;
    for (const u of answerUnits(withNoun, scope, c)) {
      /* a part that says it of several things is their list, not one's */
      if ((leftRe && many(leftRe, u.text)) || many(nounRe3, u.text)) continue;
      /* a small part's lines as one ("Chickpeas", "−", "3", "+", "tins":
       * a stepper's number and its unit) */
      const sns = sentencesOf(u.text);
      if (u.text.length <= 120 && sns.length > 1) sns.push(collapse(u.text));
      for (const sn of sns) {
        const m = (nounRe && nounRe.exec(sn)) || (nounRe2 && nounRe2.exec(sn)) || (nounRe3 && nounRe3.exec(sn)) || (leftRe && leftRe.exec(sn));
        if (!m) continue;
        /* the sentence's own words first, then the part's (a card's line
         * "1 stop" under its carrier's name) */
        const h = keyHits(sn, subj).s + keyHits(u.text, subj).s;
        const hs = keyHits(u.text, subj).strong;
        const hw = subj.weak.filter((w) => keyHits(u.text, { strong: [], weak: [w] }).s > 0).length;
        /* "3 of 5 available": the number with what it is of */
        let v = m[1] || m[2];
        const of = /^\s+(?:of|out of)\s+\d[\d,]*/.exec(sn.slice(m.index + m[0].indexOf(v) + v.length));
        if (of && !/\bof\b/.test(v)) v += of[0];
        if (!best || h > best.h || (h === best.h && u.len < best.len)) best = { h, hs, hw, s: sn, v, el: u.el, len: u.len };
      }
    }
    return { best, subj, head };
  }

  /* Whether a question counts the items done (true), those not done
   * (false: "not done yet", "left", "still open"), or says neither (null). */
  function doneAsked(q) {
    const l = String(q).toLowerCase();
    if (/\b(?:not|n't|never|yet to|still to)\s+(?:\w+\s+){0,2}?(?:done|completed?|finished|ticked|checked)\b|\b(?:left|remaining|open|incomplete|unfinished|undone|outstanding|active|pending|to do)\b/.test(l)) return false;
    if (/\b(?:done|completed?|finished|ticked|checked|crossed off)\b/.test(l)) return true;
    return null;
  }

  function answerCount(q, ask, keys, qwords, scope, c) {
    const grp = scope ? null : countInGroup(q, c);
    if (grp) return grp;
    const noun = tokens(ask.noun || '');
    const { best, subj, head } = saidCount(q, ask, keys, scope, c);
    if (best && (best.h >= 1 || !(subj.strong.length || subj.weak.length))) {
      return { ok: true, text: best.v, ref: refOf(best.el), how: 'text', why: 'the number in "' + clip(best.s, 100) + '"' };
    }
    /* a counter named for the noun: <button aria-label="Notifications"><span>4</span> */
    if (head && !subj.strong.length) {
      for (const el of c.all()) {
        const t = textOf(el, c);
        if (!/^\d{1,6}\+?$/.test(t) || !isVisible(el, c)) continue;
        let named = false;
        for (let n = el, up = 0; n && up < 3 && !named; n = parentOf(n), up++) {
          const nm = [n.getAttribute && n.getAttribute('aria-label'), n.getAttribute && n.getAttribute('title')].filter(Boolean).join(' ');
          named = hasTokens(nm, [head]);
        }
        if (named) return { ok: true, text: t, ref: refOf(el), how: 'count', why: 'the counter on "' + clip(displayText(parentOf(el), c) || head, 60) + '"' };
      }
    }
    /* a count the thing shows: the Replies column of the thread's row */
    const asField = Object.assign({}, ask, { kind: 'count', field: ask.noun || null });
    const keysN = keys.strong.length || keys.weak.length ? keys : { strong: [], weak: noun };
    const read = keys.strong.length ? answerRead(q, asField, keys, qwords, scope, c) : null;
    if (read && read.ok) return read;
    /* the items of the list the noun names, those that say the rest */
    const heads = nounHeads(head);
    const says = (el) => heads.some((h) => hasTokens(textOf(el, c) + ' ' + itemAttrs(el).join(' '), [h]));
    let g = null;
    for (const h of heads) if ((g = namedItems(h, scope, c) || namedRows(h, scope, c))) break;
    if (!g && head) g = findRepeated(c, { noun: head, within: scope || null });
    const table = g ? closestComposed(g.parent, 'table,[role=table],[role=grid]', 2) : null;
    if (g && (says(g.parent) || hasTokens(contextName(g.parent, c) || '', [head]) || g.items.filter(says).length >= g.items.length / 2 ||
        (table && tableNames(table, c).some(([n]) => hasTokens(n, [head]))))) {
      let items = g.items;
      if (ask.state) items = items.filter((it) => saysState(textOf(it, c) + ' ' + itemAttrs(it).join(' '), ask.state) === true);
      /* "how many todos have I not done yet?": the items whose box is not
       * ticked (a to-do list's own state) */
      const done = doneAsked(q);
      const box = (it) => it.querySelector && it.querySelector('input[type=checkbox],[role=checkbox]');
      if (done !== null && items.some(box)) {
        items = items.filter((it) => { const b = box(it); return b && (b.localName === 'input' ? b.checked : b.getAttribute('aria-checked') === 'true') === done; });
        return { ok: true, text: String(items.length), ref: refOf(g.parent), how: 'count',
          why: 'counted ' + items.length + ' ' + plural(head, items.length) + (done ? ' ticked' : ' not ticked') + ' in the list' };
      }
      const cond = subj.strong.concat(subj.weak);
      const sayAll = (it, ws) => keyHits(unitText(it, c) + ' ' + itemAttrs(it).join(' '), { strong: ws, weak: [] }).strong === ws.length;
      if (subj.strong.length) items = items.filter((it) => sayAll(it, subj.strong));
      /* plain words filter when some items say them ("open"), else they
       * are the question's own ("did I order") */
      if (subj.weak.length && items.some((it) => sayAll(it, subj.weak))) items = items.filter((it) => sayAll(it, subj.weak));
      /* "· 42 issues" said beside a list showing 4 of them (more load
       * later): the number the page states, when the words filtered none */
      if (best && items.length === g.items.length && !subj.strong.length && +best.v > items.length && hasTokens(best.s, [head])) {
        return { ok: true, text: best.v, ref: refOf(best.el), how: 'text', why: 'the number in "' + clip(best.s, 100) + '" (the list shows ' + items.length + ')' };
      }
      if (items.length) {
        return { ok: true, text: String(items.length), ref: refOf(g.parent), how: 'count',
          why: 'counted ' + items.length + ' ' + plural(head, items.length) + (cond.length ? ' that say "' + cond.join(' ') + '"' : '') + ' in the list' };
      }
    }
    if (read) return read;
    const rr = answerRead(q, asField, keysN, qwords, scope, c);
    if (rr.ok || rr.reveal) return rr;
    /* "how many checkboxes are ticked": elements of a role */
    const role = ROLE_COUNT[head];
    if (role) {
      const r = extractCount({ target: { role }, qualifier: subj.weak.join(' ') }, c);
      if (r.ok) return { ok: true, text: r.value, ref: r.ref, how: 'count', why: 'counted the ' + plural(head, 2) + ' on the page' };
    }
    return rr;
  }

  /* "which lamp is the cheapest?": the item a person picks by comparing;
   * its name, or the field the question asks of it */
  function answerExtreme(ask, c) {
    const r = extremeItem(ask.ext, ask.noun, c);
    if (!r.ok) return r;
    const what = (ask.ext.dir === 'min' ? 'least ' : 'most ') + ask.ext.field;
    if (ask.field && stem(norm(ask.field)) !== stem(norm(ask.ext.field))) {
      const v = itemField(r.el, ask.field, c);
      if (!v) return { ok: false, error: 'no ' + ask.field + ' in "' + clip(itemName(r.el, c), 60) + '" (the ' + what + ')', candidates: [candDesc(r.el, 1, c)] };
      return { ok: true, text: clip(v, ANSWER_MAX), ref: refOf(r.el), how: 'item', why: 'the ' + ask.field + ' of "' + clip(itemName(r.el, c), 60) + '", the ' + what + ' of ' + r.count };
    }
    if (ask.field) return { ok: true, text: clip(r.value, ANSWER_MAX), ref: refOf(r.el), how: 'item', why: 'the ' + what + ' of ' + r.count + ': "' + clip(itemName(r.el, c), 60) + '"' };
    return { ok: true, text: clip(itemName(r.el, c), ANSWER_MAX), ref: refOf(r.el), how: 'item', why: 'the ' + what + ' (' + clip(r.value, 40) + ') of ' + r.count };
  }

  /* other names of the things a count or a choice names */
  const NOUN_ALIASES = { email: ['mail', 'message'], mail: ['email', 'message'], message: ['msg', 'mail', 'email'], file: ['document', 'doc'],
    document: ['file', 'doc'], colour: ['color', 'swatch'], color: ['colour', 'swatch'], item: ['product', 'entry'], product: ['item'] };
  function nounHeads(head) {
    return head ? [head].concat(NOUN_ALIASES[head] || []) : [];
  }

  /* "which component is not operational?": of sibling items where some say
   * the state, the one that does not */
  function answerNegated(ask, scope, c) {
    const word = ask.neg;
    const groups = new Map();
    for (const el of c.all()) {
      if (!hasOwnText(el) || (scope && !composedContains(scope, el))) continue;
      const t = textOf(el, c);
      if (!t || t.length > 60 || !tokens(t).includes(word) || !isVisible(el, c)) continue;
      for (let n = el, up = 0; n && n.parentElement && up < 4; n = n.parentElement, up++) {
        const sib = Array.from(kidsOf(n.parentElement)).filter((x) => x.localName === n.localName && attrWords(x) === attrWords(n) && isVisible(x, c));
        if (sib.length >= 3) { groups.set(n.parentElement, sib); break; }
      }
    }
    for (const [, items] of groups) {
      const lacks = items.filter((it) => !tokens(unitText(it, c)).includes(word));
      if (lacks.length === 1 && lacks.length < items.length) {
        const it = lacks[0];
        const name = isRow(it) ? textOf(cellsOf(it)[0] || it, c) : itemName(it, c);
        return { ok: true, text: clip(name, ANSWER_MAX), ref: refOf(it), how: 'item', why: 'the one of ' + items.length + ' that does not say "' + word + '": "' + clip(unitText(it, c), 80) + '"' };
      }
    }
    return null;
  }

  /* "which card is not accepted?" of "Visa, Mastercard and American
   * Express. We do not accept Diners Club.": the one name a sentence says
   * the word of in the negative, right after it ("not accept Diners
   * Club") or before it ("Diners Club is not accepted") */
  function proseNegated(ask, scope, c) {
    const w = ask.neg;
    if (!w || w.length < 3) return null;
    /* "accepted", "accepts": the verb's own letters ("accept") */
    const base = w.replace(/(?:ing|ed|es|s)$/, '');
    const stemRe = base.slice(0, Math.max(3, base.length - 1)) + '[a-z]*';
    const NAME = "((?:[A-Z0-9][\\w&'\u2019-]*\\s*){1,4})";
    const after = new RegExp("\\b(?:not|n't|never|no longer)\\s+(?:be\\s+|been\\s+|yet\\s+)?" + stemRe + '\\s+(?:the\\s+)?' + NAME);
    const before = new RegExp(NAME + '\\s(?:is|are|was|were)\\s+(?:not|no longer)\\s+' + stemRe + '\\b');
    const found = new Map();
    for (const el of c.all()) {
      if (!hasOwnText(el) || (scope && !composedContains(scope, el)) || !isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 400) continue;
      for (const sn of sentencesOf(t)) {
        const m = after.exec(sn) || before.exec(sn);
        const v = m ? collapse(m[1]).replace(/[.,;:]$/, '') : '';
        if (v && !found.has(norm(v))) found.set(norm(v), { v, el });
      }
    }
    if (found.size !== 1) return null;
    const [{ v, el }] = found.values();
    return { ok: true, text: clip(v, ANSWER_MAX), ref: refOf(el), how: 'negation', why: 'the one that "' + clip(textOf(el, c), 80) + '" says is not ' + w };
  }

  /* "which subject has no exam mark?", "which rooms are without a
   * projector": the rows of a table whose cell under the column the words
   * name is empty or says there is none ("n/a", "—"); their names */
  const NONE_CELL = /^(?:|n\/?a|none|nil|null|no|not set|not applicable|tbc|tbd|[-\u2013\u2014\u2012_.?]+|\u00d7|\u2717)$/i;
  function emptyCellAnswer(q, scope, c) {
    const m = /^(?:which|what)\s+(?:one\s+)?(?:of\s+(?:[\w\u00c0-\u024f'\u2019-]+\s+){1,3}?)?([\w\u00c0-\u024f-]+)\s+(?:has|have|had|got|gets|is|are|was|were|comes?|came)\s+(?:no|without(?:\s+an?)?|not got(?:\s+an?)?|missing(?:\s+an?)?|lacking(?:\s+an?)?)\s+(.+?)[?.!]*$/i.exec(collapse(q)) ||
      /^(?:which|what)\s+([\w\u00c0-\u024f-]+)\s+(?:\S+\s+){0,3}?(?:without|lacks?|lacking|missing)\s+(?:an?\s+|the\s+)?(.+?)[?.!]*$/i.exec(collapse(q));
    if (!m) return null;
    const col = m[2];
    for (const t of c.all()) {
      const r = roleOf(t);
      if ((r !== 'table' && r !== 'grid') || !isVisible(t, c) || (scope && !composedContains(scope, t) && !composedContains(t, scope))) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c));
      const head = rows.find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); });
      if (!head) continue;
      const hs = cellsOf(head).map((h) => textOf(h, c));
      let ci = -1, best = 0;
      hs.forEach((h, i) => { const sc = nameScore(col, h); if (sc > best) { best = sc; ci = i; } });
      /* "exam mark" for a column "Exam": the column's words all said */
      if (best < 0.7) hs.forEach((h, i) => { const ht = tokens(h); if (ht.length && ht.every((w) => tokens(col).some((x) => wordsMeet(w, x))) && best < 0.7) { best = 0.7; ci = i; } });
      if (ci < 0 || best < 0.7) continue;
      const body = rows.filter((x) => x !== head && !cellsOf(x).every(isHeadCell) && cellsOf(x).length > ci);
      const none = body.filter((x) => NONE_CELL.test(textOf(cellsOf(x)[ci], c)));
      if (!none.length || none.length === body.length) continue;
      return { ok: true, text: clip(none.map((x) => textOf(cellsOf(x).find((cl) => textOf(cl, c)) || x, c)).join('; '), ANSWER_MAX), ref: refOf(none[0]), how: 'cell',
        why: none.length + ' of ' + body.length + ' rows say nothing under "' + clip(hs[ci], 40) + '"' };
    }
    return null;
  }

  /* "which colours does the backpack come in?": the choices the thing
   * offers (swatches, radios, options), by their names */
  const OPTION_NOUN = /^(colou?r|size|variant|flavou?r|option|style|finish|material|model|edition|format|length|pattern|shade)s?$/;
  function answerOptions(ask, keys, scope, c) {
    const head = stem(tokens(ask.noun || '').pop() || '');
    if (!OPTION_NOUN.test(head)) return null;
    const names = nounHeads(head);
    const units = answerUnits(keys, scope, c).filter((u) => !u.section && u.hits.s > 0 && u.el.querySelector && u.el.querySelector('button,input,option,[role=radio],[role=option]'));
    if (!units.length) return null;
    const top = Math.max(...units.map((u) => u.hits.s));
    const u = units.filter((x) => x.hits.s === top).sort((a, b) => a.len - b.len)[0];
    const says = (el) => { for (let n = el, up = 0; n && up < 3 && n !== u.el; n = n.parentElement, up++) if (names.some((w) => itemAttrs(n).includes(w) || tokens(n.getAttribute('name') || '').includes(w))) return true; return false; };
    const ctls = Array.from(u.el.querySelectorAll('button,input[type=radio],option,[role=radio],[role=option]')).filter((el) => says(el) && (el.localName === 'option' || isVisible(el, c)));
    const vals = ctls.map((el) => collapse(accName(el, c) || el.getAttribute('title') || el.value || '')).filter(Boolean);
    if (!vals.length) return null;
    return { ok: true, text: clip(Array.from(new Set(vals)).join(', '), ANSWER_MAX), ref: refOf(u.el), how: 'item', why: 'the ' + plural(head, 2) + ' "' + clip(textOf(u.el, c), 50) + '" offers' };
  }

  /* "how many files are in the Invoices folder?": the children of the
   * folder, section or list the words name */
  function countInGroup(q, c) {
    const m = /\b(?:in|inside|does|do|is in) (?:the |my |this |that )?(.+?)\s+(?:folder|directory|section|list|category|group|album|project|board|column|playlist)\b/i.exec(q);
    if (!m) return null;
    const name = m[1].replace(/^["\u201c]|["\u201d]$/g, '');
    for (const el of c.all()) {
      if (!hasOwnText(el) || !isVisible(el, c)) continue;
      const t = textOf(el, c);
      if (!t || t.length > 60 || textScore(name, t) < 0.9) continue;
      const item = closestComposed(el, 'li,[role=treeitem],details', 3) || el.parentElement;
      const list = item && Array.from(item.querySelectorAll('ul,ol,[role=group]')).find((x) => !x.contains(el));
      if (!list) continue;
      const kids = Array.from(kidsOf(list)).filter((k) => k.localName === 'li' || attrRole(k) === 'treeitem' || textOf(k, c));
      return { ok: true, text: String(kids.length), ref: refOf(list), how: 'count', why: 'counted ' + kids.length + ' in "' + clip(t, 40) + '"' };
    }
    return null;
  }

  /* "which component is down?": the one item that says the condition */
  function answerChoice(ask, keys, scope, c) {
    const cond = keys.strong.concat(keys.weak);
    if (!cond.length) return null;
    const g = findRepeated(c, { noun: ask.noun, within: scope || null });
    const pools = [];
    if (g) pools.push(g.items);
    for (const t of c.all()) {
      const r = roleOf(t);
      if ((r === 'table' || r === 'grid') && isVisible(t, c) && (!scope || composedContains(scope, t))) {
        pools.push(rowsOf(t).filter((x) => isVisible(x, c) && !cellsOf(x).every(isHeadCell)));
      }
    }
    for (const items of pools) {
      if (items.some((it) => textOf(it, c).length > 200)) continue;
      const scored = items.map((it) => ({ it, h: keyHits(unitText(it, c), { strong: cond, weak: [] }).strong }));
      const top = Math.max(0, ...scored.map((x) => x.h));
      if (!top) continue;
      const hit = scored.filter((x) => x.h === top);
      if (hit.length === 1) {
        const it = hit[0].it;
        let name = itemName(it, c);
        if (keyHits(name, { strong: cond, weak: [] }).strong && isRow(it)) {
          const cell = cellsOf(it).find((x) => textOf(x, c) && !keyHits(textOf(x, c), { strong: cond, weak: [] }).strong);
          if (cell) name = textOf(cell, c);
        }
        return { ok: true, text: clip(name, ANSWER_MAX), ref: refOf(it), how: 'item', why: 'the one ' + (ask.noun || 'item') + ' that says "' + cond.join(' ') + '": "' + clip(textOf(it, c), 80) + '"' };
      }
      if (hit.length > 1 && hit.length <= 6) {
        return { ok: false, error: hit.length + ' ' + plural(ask.noun || 'item', 2) + ' say "' + cond.join(' ') + '"', candidates: hit.map((x) => candDesc(x.it, top, c)) };
      }
    }
    return null;
  }

  /* "is the desk open?": the state the part says, or its opposite */
  function readVerdict(u, ask, keys, c) {
    const state = ask.state;
    /* a part of several things, each under its heading ("Line 12 ...
     * Line 40 ..."), says a state of one of them: the thing's own part does */
    const H = 'h1,h2,h3,h4,h5,h6,[role=heading]';
    const heads = (u.nodes || [u.el]).reduce((n, x) => n + (x.matches && x.matches(H) ? 1 : 0) + (x.querySelectorAll ? x.querySelectorAll(H).length : 0), 0);
    if (heads - (u.section ? 1 : 0) >= 2) return null;
    /* "are disc brake pads in stock?": a number under the column the
     * state's words name ("Stock 0") */
    if (unitIsRow(u)) {
      const st = tokens(state);
      for (const cell of cellsOf(u.el)) {
        const h = tokens(headerOf(cell, c));
        const n = textOf(cell, c);
        if (!h.length || !/^\d[\d,]*$/.test(n) || !st.some((w) => h.some((t) => wordsMeet(w, t)))) continue;
        const yes = +n.replace(/,/g, '') > 0;
        return { v: (yes ? 'Yes (' : 'No (') + headerOf(cell, c) + ': ' + n + ')', el: cell, how: 'state', why: 'the "' + clip(headerOf(cell, c), 30) + '" column of the row "' + clip(unitText(u.el, c), 60) + '" says ' + n };
      }
    }
    const r = readLabel(u, Object.assign({}, ask, { kind: 'status', field: null }), [], c, keys);
    const said = r ? r.v : collapse(u.text);
    const word = (w) => { const m = new RegExp('\\b' + w.replace(/ /g, '\\s+') + '\\b', 'i').exec(said); return m ? m[0] : w; };
    const t = ' ' + norm(said) + ' ';
    const v = saysState(said, state);
    if (v === false) {
      const no = opposites(state).find((o) => t.includes(' ' + norm(o) + ' ')) || 'not ' + state;
      return { v: 'No (' + word(no) + ')', el: r ? r.el : u.el, how: 'state', why: '"' + clip(said, 80) + '" says ' + no };
    }
    /* "Free cancellation within 14 days": the sentence says what the
     * yes is bound to */
    if (v !== null && !r && ask.can) {
      const sent = sentencesOf(u.text).find((x) => saysState(x, state) === v);
      if (sent && sent.length <= ANSWER_MAX && tokens(sent).length > tokens(state).length + 1) {
        return { v: (v ? 'Yes: ' : 'No: ') + sent, el: u.el, how: 'state', why: '"' + clip(sent, 80) + '" says ' + (v ? '' : 'not ') + state };
      }
    }
    if (v === true) {
      const yes = [state].concat(SAME_STATE[state] || []).find((o) => t.includes(' ' + norm(o) + ' ')) || state;
      return { v: 'Yes (' + word(yes) + ')', el: r ? r.el : u.el, how: 'state', why: '"' + clip(said, 80) + '" says ' + yes };
    }
    return null;
  }

  /* "is two-factor authentication enabled?": the state of the checkbox or
   * switch the words name */
  const TOGGLE_STATES = /^(enabled|disabled|on|off|checked|unchecked|ticked|selected|active|inactive)$/;
  function answerToggle(ask, keys, scope, c) {
    if (ask.state && !TOGGLE_STATES.test(ask.state)) return null;
    const words = keys.strong.concat(keys.weak).join(' ');
    if (!words) return null;
    /* the checkables by their names: label, aria-label, the text beside */
    let ctl = null, bs = 0;
    for (const el of c.all()) {
      if (!isCheckable(el) || (scope && !composedContains(scope, el))) continue;
      if (!isVisible(el, c) && !(el.labels && el.labels[0] && isVisible(el.labels[0], c))) continue;
      const names = [accName(el, c), el.nextElementSibling ? textOf(el.nextElementSibling, c) : '', el.previousElementSibling ? textOf(el.previousElementSibling, c) : ''];
      for (const n of names) {
        const sc = n && n.length <= 120 ? textScore(words, n) : 0;
        if (sc > bs) { bs = sc; ctl = el; }
      }
    }
    if (!ctl || bs < 0.7) return null;
    const r = { el: ctl };
    const on = stateOf(ctl, 'checked') === true;
    const want = !ask.state || !/^(disabled|off|unchecked|inactive)$/.test(ask.state);
    return { ok: true, text: (on === want ? 'Yes' : 'No') + ' (' + (on ? 'checked' : 'unchecked') + ')', ref: refOf(ctl), how: 'state',
      why: '"' + clip(displayText(r.el, c) || words, 60) + '" is ' + (on ? 'checked' : 'unchecked') };
  }

  /* what hides the subject: a closed tab, folder or section whose text
   * holds its words */
  function hiddenSubject(keys, scope, c) {
    if (!keys.strong.length && !keys.weak.length) return null;
    let best = null;
    for (const el of c.all()) {
      if (!candidateEl(el) || !hasOwnText(el)) continue;
      if (scope && !composedContains(scope, el)) continue;
      const h = keyHits(el.textContent || '', keys);
      if (!h.strong && keys.strong.length) continue;
      if (!h.s || isVisible(el, c)) continue;
      if (!best || h.s > best.h.s) best = { el, h };
    }
    if (!best) return null;
    const rv = revealer(best.el, c);
    if (!rv) return null;
    return { el: best.el, rv, h: best.h };
  }

  /* "who opens the Forest stage on Sunday?" with day and stage tabs: a tab
   * or switch not chosen yet whose every word the question says; the first
   * in the page's order (one at a time: asked again after each) */
  function namedSwitch(keys, c) {
    const said = new Set(keys.strong.concat(keys.weak));
    if (!said.size) return null;
    for (const el of c.all()) {
      if (!(roleOf(el) === 'tab' || isTabLike(el, c)) || !isVisible(el, c)) continue;
      const tt = tokens(textOf(el, c));
      if (!tt.length || tt.length > 4 || !tt.every((t) => said.has(t))) continue;
      /* a plain word names a tab the page marks unchosen ("in autumn") */
      if (!tt.some((t) => keys.strong.includes(t)) && !(roleOf(el) === 'tab' && el.getAttribute('aria-selected') === 'false')) continue;
      const on = stateOf(el, 'active') === true || el.getAttribute('aria-pressed') === 'true' || /(^|[\s_-])(on|is-on|pressed|chosen)([\s_-]|$)/i.test(attrWords(el));
      if (!on) return el;
    }
    return null;
  }

  /* what a title, a data-tip or an aria-describedby says of the thing
   * ("Last active 25 minutes ago" on Marcus's status dot), read without
   * hovering; or the tooltip a hover showed */
  function tipText(el) {
    if (!el.getAttribute) return '';
    const d = el.getAttribute('aria-describedby');
    const dt = d ? collapse(d.split(/\s+/).map((id) => { const x = byIdIn(el, id); return x ? x.textContent : ''; }).join(' ')) : '';
    return collapse(el.getAttribute('title') || el.getAttribute('data-tip') || el.getAttribute('data-tooltip') || el.getAttribute('data-title') || dt || '');
  }

  const TIP_Q = /\b(?:tooltip|tool tip|hover|hovering|title|icon|dot|indicator|badge|info|bubble|popover|hint)\b/i;
  function answerFromTips(q, ask, keys, qwords, scope, c) {
    const cands = [];
    const shown = tooltipText(c);
    /* the tooltip shown is of the thing asked about, when a name is said */
    let near = '';
    for (let n = lastHover, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      if (up && n.querySelectorAll && n.querySelectorAll('[title],[data-tip],[data-tooltip],[aria-describedby]').length > 1) break;
      near += ' ' + textOf(n, c);
    }
    if (shown && shown.value && keyHits(shown.value + ' ' + near, keys).strong >= keys.strong.length) {
      const h = keyHits(shown.value, keys);
      const w = qwords.filter((x) => tokens(shown.value).includes(x)).length;
      if (h.s || w || TIP_Q.test(q)) cands.push({ el: shown.ref != null ? null : document.body, t: shown.value, s: h.s + w + 5, ref: shown.ref });
    }
    if (!cands.length) {
      const tips = [];
      for (const el of c.all()) {
        if (scope && !composedContains(scope, el)) continue;
        const tip = tipText(el);
        if (tip && tip.length <= 300 && tip !== textOf(el, c) && isVisible(el, c)) tips.push({ el, tip });
      }
      for (const { el, tip } of tips) {
        for (let n = el, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
          const nt = textOf(n, c);
          /* its own item: no wider than the one that holds another tip */
          if (nt.length > 400 || (n !== el && tips.some((o) => o.el !== el && composedContains(n, o.el)))) break;
          const h = keyHits(nt + ' ' + tip, keys);
          if (h.s && h.strong >= keys.strong.length) {
            const w = qwords.filter((x) => tokens(tip).includes(x)).length;
            cands.push({ el, t: tip, s: h.s + w });
            break;
          }
        }
      }
    }
    if (!cands.length) return null;
    cands.sort((a, b) => b.s - a.s);
    if (cands[1] && cands[1].s === cands[0].s && cands[1].t !== cands[0].t) return null;
    const best = cands[0];
    const ref = best.ref != null ? best.ref : refOf(best.el);
    if (ask.kind === 'text' || ask.kind === 'tooltip') return { ok: true, text: clip(best.t, ANSWER_MAX), ref, how: 'tooltip', why: 'the tooltip "' + clip(best.t, 60) + '"' };
    const u = { el: best.el || document.body, nodes: [], text: best.t, len: best.t.length, hits: keyHits(best.t, keys) };
    const r = ask.kind === 'field' ? fieldInText(u, ask.field, keys) : readText(u, ask, { strong: [], weak: [], phrases: [] }, qwords);
    return r && r.v ? { ok: true, text: clip(r.v, ANSWER_MAX), ref, how: 'tooltip', why: r.why + ' (a tooltip)' } : null;
  }

  /* the icon whose hover makes the bubble the question reads, as a
   * reveal to hover; null when none */
  function tipReveal(keys, c) {
    const ic = hoverTip(keys, c);
    if (!ic || ic === lastHover) return null;
    return viewReveal(ic, 'hover', 'the bubble the question reads shows on hovering "' + clip(displayText(ic, c), 60) + '"', c);
  }

  /* an element that labels a value with the noun ("Region: eu-central-1",
   * "<dt>Region</dt>"): {el, shown}, a shown one first */
  function nounLabel(noun, scope, c) {
    const n = norm(noun || '');
    if (!n) return null;
    const re = new RegExp('^' + n.replace(/ /g, '\\s+') + 's?\\s*(?:[:\uff1a]|$)', 'i');
    let hidden = null;
    for (const el of c.all()) {
      if (!hasOwnText(el) || (scope && !composedContains(scope, el)) || isHeadCell(el) || roleOf(el) === 'heading') continue;
      const t = textOf(el, c) || collapse(el.textContent || '');
      if (!t || t.length > 80 || !re.test(norm(t.replace(/[:\uff1a].*$/, '')) + (t.includes(':') ? ':' : ''))) continue;
      if (isVisible(el, c)) return { el, shown: true };
      if (!hidden) hidden = { el, shown: false };
    }
    return hidden;
  }

  function scopeOf(target, c) {
    if (!target) return null;
    const tq = targetQuery(target, 'read');
    if (!tq || (!tq.text && !tq.role && !tq.anchor)) return null;
    const r = locateEl(tq, c);
    if (!r.ok) return null;
    /* "how much was it?" of "the refund to Acme": the row or item that
     * holds what the target names, not the words alone */
    return closestComposed(r.el, 'tr,[role=row],li,article,[role=listitem],[role=article],dd', 6) || parentOf(r.el) || r.el;
  }

  /* a question about what the page said after an action */
  const MESSAGE_Q = /\b(?:message|confirmation|notification|toast|alert|banner|pop-?up|snackbar|flash|afterwards|appears|appeared|pops up|(?:site|page|app) says|says about|response)\b/i;
  const CODE_FIELD = /\b(?:number|no|code|reference|ref|id|identifier)\b/;
  const CODE_RE = /#\s?[A-Z0-9][\w-]*\d[\w-]*|\b[A-Z]{1,6}(?:-[A-Z0-9]+)*-\d[\w-]*|\b[A-Z]{2,}\d[\w-]*|\b\d[\d-]{3,}\b/g;

  /* "the order number from the success message", "how long is the link
   * valid", "what does the site say about the promo code": read in the
   * message the last action made appear; the whole of it when what it
   * says is asked */
  function readMessage(q, ask, keys, qwords, fm, c) {
    const l = q.toLowerCase();
    let u = { el: fm.el, nodes: [fm.el], text: fm.t, len: fm.t.length, hits: keyHits(fm.t, keys) };
    /* a panel of rows ("Mobile 67%", "Tablet 4%"): the one row the words name */
    const rows = Array.from(kidsOf(fm.el) || []).filter((k) => isVisible(k, c) && textOf(k, c) && textOf(k, c).length <= 200)
      .map((k) => ({ k, h: keyHits(unitText(k, c), keys).s })).sort((a, b) => b.h - a.h);
    if (rows.length >= 2 && rows[0].h > 0 && rows[0].h > rows[1].h) {
      const k = rows[0].k;
      u = { el: k, nodes: [k], text: unitText(k, c), len: unitText(k, c).length, hits: keyHits(unitText(k, c), keys) };
    }
    const whole = { ok: true, text: clip(collapse(fm.t), ANSWER_MAX * 2), ref: refOf(fm.el), how: 'message', why: 'the message the last action showed' };
    if (/\b(?:say|says|said|saying|text)\b/.test(l) || (ask.field && MESSAGE_Q.test(ask.field) && !CODE_FIELD.test(ask.field))) return whole;
    /* "the purchase order number shown afterwards": a code */
    if (CODE_FIELD.test(ask.field || (ask.kind === 'text' ? l : ''))) {
      const codes = [];
      let m;
      const re = new RegExp(CODE_RE.source, 'g');
      /* "my seat number": the code the field's own word leads ("seat 14C"),
       * before the message's first code (its booking's) */
      for (const w of tokens(ask.field || '').filter((x) => !CODE_FIELD.test(x) && x.length >= 3)) {
        const at = new RegExp('\\b' + w + '\\w*\\b[\\s:#]*(?:(?:no|nr|number)\\.?[\\s:#]*)?([A-Z0-9]*\\d[\\w-]*)', 'i').exec(fm.t);
        if (at) return { ok: true, text: at[1], ref: refOf(fm.el), how: 'message', why: 'the ' + w + ' in "' + clip(fm.t, 100) + '"' };
      }
      while ((m = re.exec(fm.t))) if (!/^\d{4}$/.test(m[0]) || !/^(19|20)\d\d$/.test(m[0])) codes.push(m[0].trim());
      if (codes.length) return { ok: true, text: codes[0], ref: refOf(fm.el), how: 'message', why: 'the code in "' + clip(fm.t, 100) + '"' };
    }
    /* a panel of labels and values (a tab just opened: "Battery 4,500
     * mAh", "Weight 168 g"): the value beside the label the words name */
    const lb = ask.kind === 'text' ? null : readLabel(u, ask, qwords, c, keys);
    if (lb && lb.v && lb.s >= 0.8) return { ok: true, text: clip(lb.v, ANSWER_MAX), ref: refOf(lb.el), how: 'message', why: lb.why + ', in what the last action showed' };
    const r = ask.kind === 'text' ? null : ask.kind === 'field' ? fieldInText(u, ask.field, keys) : readText(u, ask, keys, qwords);
    if (r && r.v) return { ok: true, text: clip(r.v, ANSWER_MAX), ref: refOf(fm.el), how: 'message', why: r.why + ', the message the last action showed' };
    return MESSAGE_Q.test(q) ? whole : null;
  }

  /* held: scope is the thing asked of itself (the ordinal item): a value
   * read in it stands, however little of the question it repeats */
  /* "what comes right after Tide Tables in my list?": the item next to
   * the one named, in the list that holds it; null when the question asks
   * no such thing or no list holds that name. */
  function answerNeighbour(q, c) {
    const m = /\b(?:comes?|follows?|sits?|appears?|(?:is|are) listed|(?:is|are) (?:right|just|immediately|directly))\s+(?:right |just |immediately |directly )?(after|before|next to|below|above|under)\s+["\u201c']?(.+?)["\u201d']?(?:\s+(?:in|on|of)\s+(?:the|my|this|that|our)\s+\w+(?:\s+\w+)?)?\s*\??$/i.exec(String(q));
    if (!m) return null;
    const name = tokens(m[2]);
    if (!name.length) return null;
    for (const el of c.all()) {
      const kids = Array.from(kidsOf(el) || []).filter((k) => isVisible(k, c) && textOf(k, c));
      if (kids.length < 2 || !kids.every((k) => k.localName === kids[0].localName)) continue;
      const at = kids.findIndex((k) => tokens(itemName(k, c)).join(' ') === name.join(' ') || hasTokens(itemName(k, c), name));
      if (at < 0) continue;
      const next = /^(after|below|under)$/i.test(m[1]) ? kids[at + 1] : /^(before|above)$/i.test(m[1]) ? kids[at - 1] : kids[at + 1] || kids[at - 1];
      if (!next) return null;
      return { ok: true, text: clip(itemName(next, c), ANSWER_MAX), ref: refOf(next), how: 'item', why: 'the item ' + m[1] + ' "' + clip(itemName(kids[at], c), 60) + '" in its list' };
    }
    return null;
  }

  function answerOne(q, scope, c, prevKeys, targetKeys, held) {
    const nb = scope ? null : answerNeighbour(q, c);
    if (nb) return nb;
    const ask = askedKind(q);
    if (ask.kind === 'message') {
      let m = messageText(normQuery({ text: ask.field, purpose: 'read' }), c);
      /* a dialog or a new line the action showed, fresher than any alert */
      const fm = (!m || m.stale) ? freshMessage(c) : null;
      if (fm) m = { value: collapse(fm.t), ref: refOf(fm.el), stale: false };
      if (m) return { ok: true, text: clip(m.value, ANSWER_MAX * 2), ref: m.ref, how: 'message', why: 'the ' + (m.stale ? '' : 'newest ') + 'visible message', stale: m.stale };
      /* "what does that page say?" on a page just opened: what it says */
      if (/^(?:page|screen|site)$/.test(ask.field)) {
        const main = document.querySelector('main,[role=main],article,#content,.content') || document.body;
        const t = collapse(main ? shownText(main, c) : '');
        if (t) return { ok: true, text: clip(t, ANSWER_MAX * 2), ref: refOf(main), how: 'message', why: 'the text of the page' };
      }
      return { ok: false, error: 'no ' + ask.field + ' is shown on the page' };
    }
    if (ask.kind === 'heading') {
      /* the shown heading of the highest level, the first of them */
      let best = null, bl = 9;
      for (const h of c.all()) {
        if (roleOf(h) !== 'heading' || !isVisible(h, c) || !collapse(textOf(h, c))) continue;
        const lv = /^h([1-6])$/.exec(h.localName) ? +h.localName[1] : +(h.getAttribute('aria-level') || 2);
        if (lv < bl) { bl = lv; best = h; }
      }
      if (best) return { ok: true, text: clip(collapse(textOf(best, c)), ANSWER_MAX), ref: refOf(best), how: 'heading', why: 'the page\'s heading (h' + bl + ')' };
      return { ok: false, error: 'the page shows no heading' };
    }
    if (ask.kind === 'tooltip') {
      const m = tooltipText(c);
      if (m) return { ok: true, text: clip(m.value, ANSWER_MAX * 2), ref: m.ref, how: 'tooltip', why: 'the visible tooltip, or the title of what was hovered' };
      /* "what does the tooltip on Marcus's status dot say?": the title or
       * data-tip of the thing named, read without hovering */
      const tk = subjectKeys(q, ask);
      const t = tk.strong.length || tk.weak.length ? answerFromTips(q, ask, tk, tokens(q).filter((w) => !Q_STOP.has(w) && !tk.strong.includes(w)), scope, c) : null;
      return t || tipReveal(tk, c) || { ok: false, error: 'no tooltip is shown on the page' };
    }
    let keys = subjectKeys(q, ask);
    /* words of its own: "is it?" asks nothing of a part just drawn */
    const ownWords = keys.strong.length + keys.weak.length;
    /* "on Thursday" once the Thursday tab shows: the view says it, the
     * thing asked of need not */
    const vw = scope ? null : viewWords(q, c);
    if (vw && vw.size) {
      const left = { strong: keys.strong.filter((w) => !vw.has(w)), weak: keys.weak.filter((w) => !vw.has(w)), phrases: (keys.phrases || []).filter((p) => !p.some((w) => vw.has(w))) };
      if (left.strong.length + left.weak.length) keys = left;
    }
    /* "..., and what is the minimum?" is about what the first part named */
    if (prevKeys && !keys.strong.length) keys = { strong: prevKeys.strong, weak: Array.from(new Set(keys.weak.concat(prevKeys.weak))), phrases: prevKeys.phrases };
    /* a target the page shows no element for: its words are the subject */
    if (targetKeys) keys = { strong: Array.from(new Set(keys.strong.concat(targetKeys.strong))), weak: Array.from(new Set(keys.weak.concat(targetKeys.weak))), phrases: (keys.phrases || []).concat(targetKeys.phrases || []) };
    /* the thing asked of is held: words it does not say ("posted") name
     * no part of it */
    if (held) keys = Object.assign({}, keys, { weak: keys.weak.filter((w) => keyHits(textOf(scope, c), { strong: [], weak: [w] }).s > 0) });
    const qwords = tokens(q).filter((w) => !Q_STOP.has(w) && !keys.strong.includes(w));
    /* after an action: what it made appear, when the question names a
     * message or the message says what the question names */
    const fm = scope ? null : freshMessage(c);
    const msgQ = MESSAGE_Q.test(q);
    /* a part the last action drew whole beside the rest (an e-mail opened
     * beside its list, a tab's panel): the question is asked of it first;
     * a dialog's words are read as its message */
    if (fm && fm.pane && !msgQ && ownWords && !rvInDialog(fm.el)) {
      /* the thing it shows need not name itself again (a message's body
       * without its sender): the question's own words only */
      const r = answerOne(q, fm.el, c, prevKeys, null);
      if (r.ok) return Object.assign(r, { pane: true });
    }
    if (fm && (msgQ || (keyHits(fm.t, keys).s > 0 && keyHits(fm.t, keys).strong >= keys.strong.length) || (ask.field && keyHits(fm.t, { strong: [], weak: tokens(ask.field).filter((w) => !CODE_FIELD.test(w)) }).s > 0))) {
      const r = readMessage(q, ask, keys, qwords, fm, c);
      if (r) return r;
    }
    if (msgQ && !fm && lastAction > 0 && !scope) return { ok: false, wait: true, error: 'no message has appeared since the last action' };
    /* what is asked shows in a bubble on hover, or is labelled on the
     * page of the thing (26-explore.js) */
    const tip = exFirst(ask, keys, qwords, c);
    if (tip) { tip.keys = keys; return tip; }
    /* the item the question names says nothing of what is asked, and
     * has a page of its own: read there */
    const ip = itemPage(ask, keys, qwords, c);
    if (ip) {
      return viewReveal(ip, 'click', 'what the question asks is not on the item "' + clip(displayText(ip, c), 60) + '"; open it to read its own page', c);
    }
    /* "if I'm 67", "until when ... for free": a sentence that answers
     * under a condition the question meets */
    const cond = conditionAnswer(q, ask, keys, qwords, scope, c) || deadlineAnswer(q, keys, qwords, scope, c);
    if (cond) { cond.keys = keys; return cond; }
    const tipsFirst = TIP_Q.test(q) || (tooltipText(c) || {}).value;
    let res = tipsFirst ? answerFromTips(q, ask, keys, qwords, scope, c) : null;
    /* a bubble made only by hovering its icon: hover it, then read */
    if (!res && TIP_Q.test(q) && !(tooltipText(c) || {}).value) res = tipReveal(keys, c);
    if (!res) res = answerKind(q, ask, keys, qwords, scope, c);
    if (!res.ok && !res.reveal && !tipsFirst) res = answerFromTips(q, ask, keys, qwords, scope, c) || res;
    /* the thing asked about lacks the answer here: its own view first */
    if (!(held && res.ok)) res = explore(q, ask, keys, qwords, scope, res, c) || exAnswer(q, ask, keys, qwords, scope, res, c) || exInPage(q, ask, keys, qwords, scope, res, c) || res;
    res.keys = keys;
    return res;
  }

  /* words of the question a column header says ("the last post", "the
   * thread") name the field, not the thing: they leave the subject */
  function headerWords(keys, c) {
    if (!keys.weak.length) return keys;
    const hw = new Set();
    for (const el of c.all()) {
      if (!isHeadCell(el) || !isVisible(el, c)) continue;
      for (const t of tokens(textOf(el, c))) hw.add(t);
    }
    const weak = keys.weak.filter((w) => !hw.has(w));
    return weak.length || keys.strong.length ? Object.assign({}, keys, { weak }) : keys;
  }

  /* two words of one family: "supplies" and "Supplier", "owns" and
   * "Owner", "delivered" and "Delivery" (tokens are stemmed already) */
  function wordsMeet(a, b) {
    if (a === b) return true;
    const [s, l] = a.length <= b.length ? [a, b] : [b, a];
    if (s.length >= 3 && /^\p{L}+$/u.test(s) && l.startsWith(s)) return true;
    let i = 0;
    while (i < s.length && s[i] === l[i]) i++;
    return i >= 5 && i >= s.length - 2;
  }

  /* words that name a column without its words: "where ... stored" a
   * Location, "how much" an Amount, "what was paid" a Description */
  const COLUMN_SYNONYMS = {
    where: ['location', 'place', 'bin', 'room', 'venue', 'address', 'shelf', 'aisle'],
    stored: ['location', 'bin', 'shelf', 'aisle', 'place'], kept: ['location', 'bin', 'shelf'], located: ['location', 'place', 'address'],
    much: ['price', 'amount', 'cost', 'total', 'balance', 'fee'], cost: ['price', 'amount'], paid: ['description', 'item', 'payee', 'merchant', 'detail'],
    bought: ['description', 'item', 'product'], who: ['owner', 'assignee', 'author', 'name', 'contact', 'supplier', 'vendor', 'lead', 'person'],
    when: ['date', 'time', 'due', 'when', 'day'], many: ['quantity', 'qty', 'count', 'stock', 'number'],
    stock: ['hand', 'stock', 'quantity', 'qty', 'available', 'inventory'],
    description: ['description', 'item', 'detail', 'payee', 'merchant', 'memo'],
    /* the ends of a span: "finish" an Ends, "begin" a Starts */
    finish: ['end', 'ends', 'until', 'to', 'close', 'closes'], finishes: ['end', 'ends', 'until', 'to', 'close', 'closes'],
    begin: ['start', 'starts', 'from', 'open', 'opens'], begins: ['start', 'starts', 'from', 'open', 'opens'],
  };

  /* "which bin are the safety glasses in?", "who supplies DR-31?", "how
   * many wood screws are on hand?": a table whose column header some words
   * of the question say and whose one row the others name; the cell where
   * they cross. null when no column is named or no one row fits best. */
  /* words that say where in a table, not which column or row */
  const TABLE_WORDS = new Set(['value', 'column', 'row', 'cell', 'field', 'entry', 'record', 'line', 'table', 'where']);
  /* the words that name a table from outside it: its caption, its label,
   * the tab of the panel it is in */
  function tableContext(t, c) {
    const out = [];
    const cap = t.querySelector && t.querySelector('caption');
    if (cap) out.push(textOf(cap, c));
    for (let n = t, up = 0; n && n.nodeType === 1 && up < 6; n = parentOf(n), up++) {
      const lb = n.getAttribute && n.getAttribute('aria-labelledby');
      if (lb) for (const id of lb.split(/\s+/)) { const e = document.getElementById(id); if (e) out.push(textOf(e, c)); }
      if (n.getAttribute && n.getAttribute('aria-label')) out.push(n.getAttribute('aria-label'));
    }
    return tokens(out.join(' '));
  }

  /* capitalized words that are dates, not names: a page may write them
   * as numbers ("22 March" as 2026-03-22) */
  const DATE_WORDS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tomorrow|yesterday|christmas|easter)$/;

  /* w, or a word a typo away, is said anywhere on the page: its shadow
   * roots and frames too, shown or not */
  function pageSaysAnywhere(w, c) {
    if (!c.allToks) {
      const parts = [];
      for (const el of c.all()) {
        if (/^(script|style|noscript|template)$/.test(el.localName)) continue;
        for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) parts.push(n.data);
        if (el.localName === 'input' || el.localName === 'textarea') parts.push(el.value || '');
        /* what a hover or a screen reader shows: a tooltip kept in an
         * attribute (data-tip, aria-description, title) says it too */
        if (el.attributes) {
          for (const a of el.attributes) if (/^(?:aria-|data-)|^(?:title|alt|placeholder|label|value|content)$/.test(a.name) && a.value.length < 2000) parts.push(a.value);
        }
      }
      parts.push(document.title || '');
      c.allToks = new Set(tokens(parts.join(' ')));
    }
    if (c.allToks.has(w)) return true;
    for (const t of c.allToks) if (tokenEq(w, t) || wordsMeet(w, t)) return true;
    return false;
  }

  function pageSays(w, c) {
    /* hidden text counts: a closed tab says its words too */
    if (!c.pageToks) {
      /* not a script's or a style's text: "list" in list.appendChild() is
       * no word of the page */
      const parts = [];
      const tw = document.body ? document.createTreeWalker(document.body, 4 /* SHOW_TEXT */) : null;
      for (let n = tw && tw.nextNode(); n; n = tw.nextNode()) if (!/^(script|style|noscript|template)$/i.test(n.parentNode.nodeName)) parts.push(n.data);
      c.pageToks = new Set(tokens(parts.join(' ')));
    }
    return c.pageToks.has(w);
  }

  function columnAnswer(q, ask, keys, scope, c) {
    const all = tokens(q);
    const W = Array.from(new Set(all.filter((w) => !Q_STOP.has(w) && !TABLE_WORDS.has(w))));
    if (W.length < 2) return null;
    const syn = new Set();
    for (const w of all.concat(ask.field === 'description' ? ['description'] : [])) for (const x of COLUMN_SYNONYMS[w] || []) syn.add(x);
    const cands = [];
    const rowOther = tieWords(q, W).filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));
    /* what the page's switchers show is what the table is of ("2025/26") */
    const shownNow = switchShown(c);
    for (const t of c.all()) {
      const r = roleOf(t);
      if ((r !== 'table' && r !== 'grid' && r !== 'treegrid') || !isVisible(t, c) || (scope && !composedContains(scope, t) && !composedContains(t, scope))) continue;
      const rows = rowsOf(t).filter((x) => isVisible(x, c));
      const head = rows.find((x) => { const cs = cellsOf(x); return cs.length && cs.every(isHeadCell); });
      if (!head) continue;
      const cols = cellsOf(head).map((h) => {
        const ht = tokens(textOf(h, c));
        const met = W.filter((w) => ht.some((x) => wordsMeet(w, x)));
        return { met, s: met.length * 2 + (ht.some((x) => syn.has(x)) ? 1 : 0) };
      });
      if (!cols.some((x) => x.s > 0)) continue;
      /* a word that names a column ("SKU") need not be in the row, nor
       * one the table's tab or caption says ("this spring"), nor one the
       * page never says ("produce") */
      const ctx = tableContext(t, c).concat(shownNow);
      const named = (k) => cols.some((x) => x.met.includes(k)) || ctx.includes(k) || !pageSays(k, c);
      for (const row of rows) {
        if (row === head || cellsOf(row).every(isHeadCell)) continue;
        const cells = cellsOf(row);
        const ct = cells.map((x) => tokens(textOf(x, c)));
        /* a row with a header cell is named by it, not by its values
         * ("Second SIM ... €5/month" is no row of "a month") */
        const rowHead = cells.some(isHeadCell);
        cols.forEach((col, i) => {
          if (!col.s || i >= cells.length || !textOf(cells[i], c)) return;
          const has = (w) => ct.some((tt, j) => j !== i && (!rowHead || isHeadCell(cells[j])) && tt.some((x) => x === w || (w.length >= 5 && tokenEq(w, x) > 0)));
          const rest = W.filter((w) => !col.met.includes(w));
          const hit = rest.filter(has);
          /* the row holds most of what the other words say ("the card
           * payment" is no row "Payment from Sam") */
          const rest2 = rest.filter((w) => !named(w));
          /* a row named only by a word the subject leaves out ("Large
           * (over 25 kg)" for "a large dog") */
          const oh = hit.length || i === 0 ? 0 : rowOther.filter((w) => ct[0].includes(w)).length;
          if ((!hit.length && !oh) || (hit.length + oh) * 2 < rest2.length || !keys.strong.filter((k) => !named(k)).every(has)) return;
          const v = cellText(cells[i], ask, c);
          if (ask.kind === 'count' && !/^\d[\d,.]*$/.test(v)) return;
          const fits = kindFits(v, ask) ? 1 : 0;
          /* a value of a kind read by its form: a time, or any typed value
           * under a column only the thing's name says ("Plus 40") */
          const byName = col.met.length && col.met.every((w) => keys.strong.includes(w));
          if ((!col.met.length || /^(date|time|when)$/.test(ask.kind) || (byName && /^(size|speed|temperature|duration|percent|phone|email|url)$/.test(ask.kind))) && !fits) return;
          cands.push({ row, cell: cells[i], v, score: hit.length * 10 + col.s * 2 + fits, head: textOf(cellsOf(head)[i], c) });
        });
      }
    }
    if (!cands.length) return null;
    /* a tie is broken by the question's other words, those read as no
     * subject ("large" in "for a large dog") */
    const other = tieWords(q, W);
    for (const x of cands) x.score += other.filter((w) => tokens(unitText(x.row, c)).includes(w)).length * 0.5;
    cands.sort((a, b) => b.score - a.score);
    const top = cands[0];
    /* "the next flight to Leeds": of equal rows, the first in page order */
    const tied = cands.filter((x) => x.score === top.score && norm(x.v) !== norm(top.v));
    if (tied.length && ask.order) {
      const all = [top].concat(tied).sort((a, b) => c.order.get(a.row) - c.order.get(b.row));
      const pick = ask.order === 'first' ? all[0] : all[all.length - 1];
      return { ok: true, text: clip(pick.v, ANSWER_MAX), ref: refOf(pick.cell), how: 'cell', why: 'the "' + clip(pick.head, 40) + '" column of the row "' + clip(unitText(pick.row, c), 80) + '" (the ' + ask.order + ' of ' + all.length + ')' };
    }
    if (cands[1] && cands[1].score === top.score && norm(cands[1].v) !== norm(top.v)) {
      /* "how many wood screws are on hand?" with two rows of wood screws:
       * nothing decides, so no guess */
      const two = cands.filter((x) => x.score === top.score && x.row !== top.row);
      if (!two.length) return null;
      /* "an off-peak swim" of "Swim" and "Swim and sauna": the row whose
       * name says nothing the question does not */
      const qt = tokens(q);
      const extra = (x) => tokens(textOf(cellsOf(x.row)[0], c)).filter((w) => !/\d/.test(w) && !Q_STOP.has(w) && !qt.some((y) => wordsMeet(y, w))).length;
      const least = [top].concat(two).map((x) => ({ x, e: extra(x) })).sort((a, b) => a.e - b.e);
      if (least[0].e < least[1].e) {
        const pick = least[0].x;
        return { ok: true, text: clip(pick.v, ANSWER_MAX), ref: refOf(pick.cell), how: 'cell', why: 'the "' + clip(pick.head, 40) + '" column of the row "' + clip(unitText(pick.row, c), 80) + '" (its name says no more than the question)' };
      }
      return { ok: false, error: 'two rows fit equally: "' + clip(top.v, 40) + '" (' + clip(unitText(top.row, c), 60) + ') and "' + clip(two[0].v, 40) + '" (' + clip(unitText(two[0].row, c), 60) + ')',
        candidates: [top].concat(two).slice(0, 5).map((x) => Object.assign(candDesc(x.row, 0, c), { value: clip(x.v, 80) })) };
    }
    const typed = !/^(field|text|choice|person|place|status)$/.test(ask.kind) && kindFits(top.v, ask);
    return { ok: true, text: clip(typed ? trimToKind(top.v, ask) : top.v, ANSWER_MAX), ref: refOf(top.cell), how: 'cell',
      why: 'the "' + clip(top.head, 40) + '" column of the row "' + clip(unitText(top.row, c), 80) + '"' };
  }

  /* the words of a question that only a tie may weigh: the ones the
   * subject leaves out as question words ("large", "long", "first") */
  const TIE_SKIP = /^(a|an|the|of|in|on|at|to|for|from|by|with|and|or|is|are|was|were|be|do|does|did|what|whats|which|who|how|it|its|this|that|i|me|my|we|you|your|much|many)$/;
  function tieWords(q, taken) {
    return Array.from(new Set(tokens(q).filter((w) => w.length >= 3 && !TIE_SKIP.test(w) && !taken.includes(w))));
  }

  /* "is anything wrong with payments?": the parts of a list of states
   * (each a name and a state word) whose state is not a good one; "No"
   * and what the page says when all are, or when a line says so ("All
   * systems operational") */
  const GOOD_STATE = /^(operational|up|online|available|normal|ok|okay|healthy|active|running|resolved|enabled|open|on time|confirmed|good service|no issues|working|fully operational|all good)$/;
  const ALL_GOOD = /\b(?:all (?:systems|services|components|lines)\b[^.]{0,30}\b(?:operational|running|normal|up|working)|(?:everything|all) (?:is )?(?:running|working|operational)|no (?:known |current |reported )?(?:issues|incidents|outages|problems|disruptions?))\b[^.\n]*/i;
  const HEALTH_WORDS = /^(any|anything|everything|all|wrong|broken|problem|issue|outage|incident|disruption|down|degraded|working|ok|okay|fine|operational|running|service|system|status|out|action|order|under|maintenance|unavailable)$/;
  function answerHealth(q, keys, scope, c) {
    const parts = [];
    for (const el of c.all()) {
      if (!hasOwnText(el) || (scope && !composedContains(scope, el))) continue;
      const t = textOf(el, c);
      if (!t || t.length > 120) continue;
      const vs = valuesIn(t, 'status');
      if (!vs.length || vs[0].i !== 0 || !isVisible(el, c)) continue;
      /* the part: the nearest container that also says a name */
      let it = null;
      for (let n = parentOf(el), up = 0; n && n.nodeType === 1 && up < 3; n = parentOf(n), up++) {
        const nt = unitText(n, c);
        if (nt.length > 240) break;
        if (nt.length > t.length + 2) { it = n; break; }
      }
      if (!it || parts.some((x) => x.it === it)) continue;
      /* the name before the state, the state with what follows it
       * ("Big Dob: Under maintenance (back in March)") */
      const full = collapse(unitText(it, c));
      const at = full.indexOf(t);
      const edge = /^[\s:\u2014\u2013-]+|[\s:\u2014\u2013-]+$/g;
      const name = (at > 0 ? full.slice(0, at) : full.replace(t, ' ')).replace(edge, '').trim();
      const state = at > 0 ? full.slice(at).replace(edge, '').trim() : t;
      if (name) parts.push({ it, name, state, good: GOOD_STATE.test(norm(vs[0].v)) });
    }
    /* a list of states: two parts or more side by side ("Full" on one
     * event of a list is no component's state) */
    const listed = parts.filter((x) => parts.some((o) => o !== x && parentOf(o.it) === parentOf(x.it)));
    const all = listed.length ? listed : parts;
    const subj = { strong: keys.strong, weak: keys.weak.filter((w) => !HEALTH_WORDS.test(w)), phrases: keys.phrases };
    const named = subj.strong.length || subj.weak.length ? all.filter((x) => keyHits(x.name, subj).s > 0) : [];
    const pool = named.length ? named : all;
    const bad = pool.filter((x) => !x.good);
    /* "is everything working?" asks the good state: its yes is "No" to
     * "is anything wrong?" */
    const good = !new RegExp('\\b(?:' + BAD_WORDS + ')\\b', 'i').test(q);
    const [yes, no] = good ? ['No: ', 'Yes: '] : ['Yes: ', 'No: '];
    if (bad.length) {
      return { ok: true, text: clip(yes + bad.map((x) => x.name + ' \u2014 ' + x.state).join('; '), ANSWER_MAX), ref: refOf(bad[0].it), how: 'state',
        why: bad.length + ' of ' + pool.length + ' parts say a state that is not good' };
    }
    const said = ALL_GOOD.exec(collapse(rawText(scope || document.body)));
    if (said) return { ok: true, text: no + clip(said[0], ANSWER_MAX), ref: null, how: 'state', why: 'the page says "' + clip(said[0], 60) + '"' };
    if (pool.length >= 2 || named.length) {
      return { ok: true, text: no + clip(pool.map((x) => x.name + ' \u2014 ' + x.state).join('; '), ANSWER_MAX), ref: refOf(pool[0].it), how: 'state', why: 'every part says a good state' };
    }
    return null;
  }

  /* "what's the fuel policy?", "the photography rules": a heading that
   * says the field's own words (the words of a kind of text aside) and no
   * others; what is under it answers */
  const TEXT_NOUNS = /^(policy|policie|rule|info|information|detail|term|condition|guideline|procedure|process|arrangement|instruction|note|advice|requirement|regulation)$/;
  function headingAnswer(ask, keys, scope, c) {
    const fw = tokens(ask.field || '');
    let own = fw.filter((w) => !TEXT_NOUNS.test(w));
    /* "the policy on missed appointments": the text's subject is its own */
    if (!own.length && fw.length) own = keys.strong.concat(keys.weak);
    if (!own.length) return null;
    let best = null;
    for (const sec of headingSections(c)) {
      if (scope && !composedContains(scope, sec.el)) continue;
      const ht = tokens(textOf(sec.el, c));
      if (!ht.length || ht.length > 5) continue;
      if (!ht.every((t) => fw.concat(own).some((w) => wordsMeet(w, t)) || TEXT_NOUNS.test(t) || keys.weak.includes(t)) || !own.every((w) => ht.some((t) => wordsMeet(w, t)))) continue;
      const body = sec.nodes.slice(1).map((n) => collapse(rawText(n))).filter(Boolean);
      if (!body.length) continue;
      const lvl = +sec.el.localName[1];
      if (!best || lvl > best.lvl) best = { sec, body, lvl };
    }
    if (!best) return null;
    const whole = best.body.join(' ');
    const text = whole.length <= ANSWER_MAX ? whole : best.body[0];
    return { ok: true, text: clip(text, ANSWER_MAX), ref: refOf(best.sec.nodes[1]), how: 'section', why: 'what is under the heading "' + clip(textOf(best.sec.el, c), 60) + '"' };
  }

  /* "which jobs are there?": the names of the items of the list a heading
   * or the list's own markup calls by the noun */
  /* the items of the first list inside box that is not the heading's:
   * a list's or table's rows, else sibling boxes of one tag and class */
  function listIn(box, head, c) {
    const ok = (k) => isVisible(k, c) && textOf(k, c) && !composedContains(k, head) && !(isRow(k) && cellsOf(k).every(isHeadCell));
    for (const el of [box].concat(Array.from(box.querySelectorAll ? box.querySelectorAll('*') : []))) {
      if (composedContains(el, head) && el !== box) continue;
      const r = roleOf(el);
      if (r === 'table' || r === 'grid') { const rows = rowsOf(el).filter(ok); if (rows.length >= 2) return rows; continue; }
      const kids = Array.from(kidsOf(el)).filter(ok);
      const same = kids.filter((k) => k.localName === (kids[0] || {}).localName && k.className === kids[0].className);
      if (same.length >= 2 && same.length === kids.length) return same;
    }
    return [];
  }

  function answerList(noun, scope, c) {
    const nt = tokens(noun || '');
    if (!nt.length) return null;
    const says = (t) => nt.every((w) => t.some((x) => wordsMeet(w, x)));
    /* the noun said whole before a word of its family ("vets", not
     * "Veterinary"); no menu */
    let best = null;
    for (const el of c.all()) {
      if ((scope && !composedContains(scope, el)) || !isVisible(el, c)) continue;
      const head = roleOf(el) === 'heading';
      if (!(head && says(tokens(textOf(el, c)))) && !(!head && /^(ul|ol|section|div|table|tbody)$/.test(el.localName) && says(tokens(attrWords(el))))) continue;
      let within = head ? parentOf(el) : el;
      /* a heading alone in its box: the box of the heading and its list */
      for (let up = 0; head && within && up < 2 && kidsOf(within).length < 2; up++) within = parentOf(within);
      const items = within ? listIn(within, el, c) : [];
      const names = items.map((it) => clip(itemName(it, c), 100)).filter(Boolean);
      if (names.length < 2 || closestComposed(items[0], 'nav,[role=navigation],[role=menu],[role=menubar]', 8)) continue;
      const exact = nt.every((w) => tokens(head ? textOf(el, c) : attrWords(el)).includes(w));
      if (best && (best.exact || !exact)) continue;
      best = { exact, r: { ok: true, text: clip(names.join('; '), ANSWER_MAX * 2), ref: refOf(parentOf(items[0]) || items[0]), how: 'list', why: 'the names of the ' + names.length + ' items under "' + clip(head ? textOf(el, c) : attrWords(el), 40) + '"' } };
    }
    return best ? best.r : null;
  }

  function answerKind(q, ask, keys, qwords, scope, c) {
    /* "which tours are led by Marta?": the items of a list (12-items.js);
     * not "which branch Tomasz works in", a field of one named thing */
    const li = ask.named ? null : answerListItems(q, scope, c);
    if (li) return li;
    keys = headerWords(keys, c);
    /* plain words the page never says ("the most I'd pay") name nothing on it */
    const said = keys.weak.filter((w) => pageSays(w, c) || Array.from(c.pageToks).some((t) => wordsMeet(w, t)));
    if (said.length && said.length < keys.weak.length) keys = Object.assign({}, keys, { weak: said });
    /* "in autumn" with Spring and Autumn tabs: the tab first, whatever
     * the chosen one's panel holds */
    const sw = scope ? null : namedSwitch(keys, c);
    if (sw && roleOf(sw) === 'tab') {
      return { ok: false, error: 'what the question names is behind "' + clip(displayText(sw, c), 60) + '"; click it to show it',
        candidates: [candDesc(sw, 0, c)], reveal: refOf(sw), revealHow: 'click', revealText: clip(displayText(sw, c), 80) };
    }
    if (ask.kind !== 'extreme' && ask.kind !== 'yesno' && ask.kind !== 'health') {
      const r = columnAnswer(q, ask, keys, scope, c);
      if (r) return r;
    }
    if (ask.kind === 'count') return answerCount(q, ask, keys, qwords, scope, c);
    if (ask.kind === 'health') {
      const r = answerHealth(q, keys, scope, c);
      if (r) return r;
      ask = Object.assign({}, ask, { kind: /^\s*(?:is|are|was|were|does|do|did|has|have|can)\b/i.test(q) ? 'yesno' : 'status' });
    }
    if (ask.kind === 'extreme') return answerExtreme(ask, c);
    if (ask.kind === 'yesno') {
      const r = answerToggle(ask, keys, scope, c);
      if (r) return r;
    }
    if (ask.kind === 'field' && /s$/.test(ask.field)) {
      const o = answerOptions(Object.assign({}, ask, { noun: ask.field }), keys, scope, c) || (keys.strong.length ? null : answerList(ask.field, scope, c));
      if (o) return o;
    }
    if (ask.kind === 'field' || ask.kind === 'text') {
      const h = headingAnswer(ask, keys, scope, c);
      if (h) return h;
    }
    if (ask.kind === 'choice') {
      const o = answerOptions(ask, keys, scope, c) || (ask.neg ? answerNegated(ask, scope, c) || proseNegated(ask, scope, c) : null);
      if (o) return o;
      /* "which region is the workspace in?" on a page that says "Region:
       * ...": a field, not a choice among items; in a closed tab, open it */
      const lab = nounLabel(ask.noun, scope, c);
      if (lab && !lab.shown) {
        const rv = revealer(lab.el, c);
        if (rv && rv.how === 'click') {
          return { ok: false, error: 'the ' + ask.noun + ' is in a closed part; click "' + clip(displayText(rv.el, c), 60) + '" to show it',
            candidates: [candDesc(lab.el, 0, c)], reveal: refOf(clickSpot(rv.el, null, c)), revealHow: 'click', revealText: clip(displayText(rv.el, c), 80) };
        }
      }
      const r = keys.strong.length || lab ? null : answerChoice(ask, keys, scope, c);
      if (r) return r;
      /* "which jobs are there?": a plural noun and nothing to choose by */
      const li = !lab && !keys.strong.length && /s$/.test(ask.noun) ? answerList(ask.noun, scope, c) : null;
      if (li) return li;
      ask = Object.assign({}, ask, { kind: fieldKind(ask.noun) || 'field', field: ask.noun });
    }
    return answerRead(q, ask, keys, qwords, scope, c);
  }

  /* the general reading: the parts that name the thing, the value of the
   * kind in the best of them */
  function answerRead(q, ask, keys, qwords, scope, c) {
    const units = answerUnits(keys, scope, c);
    const hasStrong = keys.strong.length > 0;
    const usable = hasStrong ? units.filter((u) => u.hits.strong > 0) : units;
    const maxStrong = Math.max(0, ...usable.map((u) => u.hits.strong));
    let best = rankUnits(usable.filter((u) => u.hits.strong === maxStrong), ask, keys, qwords, c);
    /* the subject's name alone fits best, and beside it stands some other
     * field: the part around it that holds one of the field's own values */
    if (ask.field && VOCAB_KINDS.test(ask.kind) && !(best.length && best[0].r.vocab) && fieldVocab(ask.field, c).size >= 2) {
      const vb = rankUnits(usable.filter((u) => u.hits.strong > 0 && u.hits.strong < maxStrong && u.hits.strong >= Math.min(keys.strong.length, maxStrong)), ask, keys, qwords, c);
      if (vb.length && vb[0].r.vocab) best = vb;
    }
    if (!best.length && ask.kind === 'field') {
      const nu = usable.filter((u) => u.hits.strong === maxStrong).sort((a, b) => (b.hits.s - a.hits.s) || (a.len - b.len));
      for (const u of nu) {
        const r = fieldInText(u, ask.field, keys);
        if (r) { u.r = r; best = [u]; break; }
      }
    }
    /* "what was the discount?" on a page that says it in money */
    if (!best.length && ask.kind === 'percent') return answerRead(q, Object.assign({}, ask, { kind: 'money' }), keys, qwords, scope, c);
    /* "how big is the Brightwave deal?": the size of a deal is its amount */
    if (!best.length && ask.kind === 'size' && !ask.field) return answerRead(q, Object.assign({}, ask, { kind: 'money' }), keys, qwords, scope, c);
    /* a closed part that says more of the subject than any open one
     * ("free parking spaces" in a closed FAQ answer, "park" in its
     * question): open it rather than read a poor fit */
    const shown = best.length ? best[0].hits.s : -1;
    const sw = !best.length || best[0].hits.strong < keys.strong.length ? namedSwitch(keys, c) : null;
    if (sw) {
      return { ok: false, error: 'what the question names is behind "' + clip(displayText(sw, c), 60) + '"; click it to show it',
        candidates: [candDesc(sw, 0, c)], reveal: refOf(sw), revealHow: 'click', revealText: clip(displayText(sw, c), 80) };
    }
    const hid = (!best.length && !(usable.length && maxStrong >= keys.strong.length)) || (best.length && keys.weak.length >= 2 && best[0].hits.weak < keys.weak.length)
      ? hiddenSubject(keys, scope, c) : null;
    /* "what share of traffic comes from tablets?": a section whose heading
     * says "traffic" fits no better than a closed tab's "Tablet" row that
     * says the word it lacks */
    const other = hid && best.length && best[0].section && hid.h.s === shown &&
      tokens(collapse(hid.el.textContent || '')).some((t) => keys.weak.concat(keys.strong).includes(t) && !tokens(best[0].text).includes(t));
    if (hid && (!best.length || hid.h.s > shown || other)) {
      const el = hid.rv.how === 'click' ? clickSpot(hid.rv.el, null, c) : hid.rv.el;
      return { ok: false, error: 'what the question names is hidden; ' + hid.rv.how + ' "' + clip(displayText(hid.rv.el, c), 60) + '" to reveal it',
        candidates: [candDesc(hid.el, 0, c)], reveal: refOf(el), revealHow: hid.rv.how, revealText: clip(displayText(hid.rv.el, c), 80) };
    }
    if (!best.length) {
      /* no value of the kind: the shortest sentence that names the thing */
      const pool = usable.filter((u) => u.hits.strong === maxStrong && u.hits.s > 0).sort((a, b) => (b.hits.s - a.hits.s) || (a.len - b.len));
      if (pool.length && ask.kind === 'yesno') {
        const y = yesnoSentence(pool.slice(0, 8), keys, qwords, q);
        if (y) return { ok: true, text: y.text, ref: refOf(y.u.el), how: 'sentence', why: 'the sentence that says it: "' + clip(y.s, 80) + '"' };
      }
      if (pool.length && (ask.kind === 'text' || ask.kind === 'field' || ask.kind === 'yesno' || ask.kind === 'place' || ask.kind === 'person')) {
        let sent = bestSentence(pool[0], keys, qwords, null);
        /* a heading names the thing; what is asked of it is in what stands
         * under it: the sentence that says the question's other words
         * ("what should I bring" -> "Bring a reclining chair ..."), else
         * its first paragraph */
        if (sent && titlesOf(pool[0]).includes(sent.s)) {
          /* the parts that hold that heading, smallest first */
          const under = pool.filter((u) => titlesOf(u).includes(sent.s)).sort((a, b) => a.len - b.len).slice(0, 3);
          const pk = yesnoSentence(under, keys, qwords, q, sent.s);
          const sec = under.find((u) => u.section);
          const body = sec ? sec.nodes.slice(1).map((n) => collapse(rawText(n))).find(Boolean) : null;
          if (pk || body) sent = { s: pk ? pk.s : body };
        }
        /* "Payment method: Visa ending in 4242": the value after its label */
        const lv = sent ? /^([^:]{1,40}):\s+(.+)$/.exec(sent.s) : null;
        /* "which route is delayed?" of "Route 12: delayed 15 min": the
         * label is the thing asked for; the line says it with its why */
        const which = WHICH_NOUN.exec(q.toLowerCase());
        if (lv && which && tokens(lv[1]).length >= 2 && tokens(lv[1])[0] === tokens(which[1])[0] && sent.s.length <= ANSWER_MAX) {
          return { ok: true, text: sent.s, ref: refOf(pool[0].el), how: 'sentence', why: 'the ' + which[1] + ' whose line says it' };
        }
        if (lv && keyHits(lv[1], keys).s + qwords.filter((w) => tokens(lv[1]).includes(w)).length > 0 && !keyHits(lv[2], keys).strong) {
          return { ok: true, text: clip(lv[2], ANSWER_MAX), ref: refOf(pool[0].el), how: 'label', why: 'the value after "' + lv[1] + '"' };
        }
        /* "how spicy is the lamb curry?" of "Slow-cooked lamb. £14": a
         * sentence that names the thing but says nothing of the quality
         * asked is no answer (its own page may say it) */
        const quality = /^\s*how ([a-z]{4,}) (?:is|are|was|were)\b/.exec(String(q).toLowerCase());
        const says = (w) => tokens(sent.s).some((t) => wordsMeet(t, stem(w)) || t.slice(0, 4) === w.slice(0, 4));
        if (quality && !/^(much|many|long|often|soon|late|early|far|fast|old|big|large|tall|wide|heavy|well|expensive|cheap|costly|pricey|dear|small|light|short|high|low)$/.test(quality[1]) && sent && !says(quality[1])) sent = null;
        if (sent && sent.s.length <= ANSWER_MAX) return { ok: true, text: sent.s, ref: refOf(pool[0].el), how: 'sentence', why: 'no single ' + (ask.field || ask.kind) + ' value; the sentence that names it' };
      }
      const KIND_WORD = { when: 'a date or time', text: 'an answer', yesno: 'a state', field: 'a value', choice: 'an item' };
      const what = ask.field ? 'the ' + ask.field : KIND_WORD[ask.kind] || 'a ' + ask.kind;
      const about = keys.strong.concat(keys.weak).join(' ');
      return { ok: false, error: 'no ' + what.replace(/^(the|a|an) /, '') + (about ? ' of "' + about + '"' : '') + ' on the page',
        candidates: units.sort((a, b) => (b.hits.s - a.hits.s) || (a.len - b.len)).slice(0, 5).map((u) => unitDesc(u, c)) };
    }
    /* "is the rabbit nail clinic full?": "Full" said by a list that holds
     * the thing, not by the thing's own part, is another item's state */
    if (ask.kind === 'yesno' && ask.state && best[0].r.how === 'state') {
      const no = ownLacks(usable, best[0], ask.state, c);
      if (no) return no;
    }
    /* two parts that fit equally and say different things: no guess */
    const first = best[0];
    const rivals = best.filter((u) => u !== first && u.r.how === first.r.how && norm(u.r.v) !== norm(first.r.v) &&
      !(u.section || first.section) && !composedContains(u.el, first.el) && !composedContains(first.el, u.el));
    /* "the next flight to Leeds": the first of equal ones in page order */
    if (rivals.length && ask.order) {
      const all = [first].concat(rivals).sort((a, b) => c.order.get(a.el) - c.order.get(b.el));
      const pick = ask.order === 'first' ? all[0] : all[all.length - 1];
      return { ok: true, text: clip(pick.r.v, ANSWER_MAX), ref: refOf(pick.r.el || pick.el), how: pick.r.how, why: pick.r.why + ' (the ' + ask.order + ' of ' + all.length + ')' };
    }
    /* "when did Lotte post about the parking garage?": of two of Lotte's
     * names, the one whose own item (the message it heads) says the
     * other words */
    if (rivals.length) {
      const pick = byOwnItem([first].concat(rivals), keys, qwords, c);
      if (pick) return { ok: true, text: clip(pick.r.v, ANSWER_MAX), ref: refOf(pick.r.el || pick.el), how: pick.r.how, why: pick.r.why + ' (its item says "' + clip(pick.item, 60) + '")' };
    }
    if (rivals.length && (keys.strong.length === 0 || first.hits.strong === rivals[0].hits.strong) && rivals[0].len <= first.len * 3) {
      return { ok: false, error: 'two parts of the page fit equally: "' + clip(first.r.v, 60) + '" (' + clip(textOf(first.el, c), 60) + ') and "' + clip(rivals[0].r.v, 60) + '" (' + clip(textOf(rivals[0].el, c), 60) + ')',
        candidates: [first].concat(rivals).slice(0, 5).map((u) => Object.assign(unitDesc(u, c), { value: clip(u.r.v, 80) })) };
    }
    return { ok: true, text: clip(first.r.v, ANSWER_MAX), ref: refOf(first.r.el || first.el), how: first.r.how, why: first.r.why, vocab: first.r.vocab };
  }

  /* the thing's own part, when the state came from a part that holds it
   * and the state's words lie outside it: "No" with what it says */
  function ownLacks(units, said, state, c) {
    const top = Math.max(...units.map((u) => u.hits.s));
    const own = units.filter((u) => u.hits.s === top && !units.some((o) => o !== u && o.hits.s === top && holds(u, o)));
    const mine = own.find((u) => !u.r && !u.section && composedContains(said.el, u.el) && said.el !== u.el);
    if (!mine) return null;
    const leaf = textLeaves(said.el, c, 200).find((x) => saysState(textOf(x, c), state) === true);
    if (!leaf || composedContains(mine.el, leaf)) return null;
    let it = mine.el;
    for (let n = parentOf(it); n && n.nodeType === 1 && n !== said.el && !composedContains(n, leaf); n = parentOf(n)) it = n;
    const t = clip(unitText(it, c), ANSWER_MAX - 4);
    return { ok: true, text: 'No: ' + t, ref: refOf(it), how: 'state', why: 'its own part does not say ' + state + '; "' + clip(textOf(leaf, c), 40) + '" is another\'s' };
  }

  /* the texts of the headings of a part (the part's own when it is one) */
  function titlesOf(u) {
    const hs = (u.nodes || [u.el]).flatMap((n) => [n].concat(Array.from(n.querySelectorAll ? n.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]') : [])));
    return hs.filter((h) => /^h[1-6]$/.test(h.localName) || attrRole(h) === 'heading').map((h) => collapse(rawText(h)));
  }

  /* "can I use a tripod?": of the parts that name the thing, the sentence
   * that says the most of the question, "No" when it says not so */
  const NEGATES = /\b(?:not|no|never|cannot|can't|cant|won't|isn't|aren't|doesn't|don't|mustn't|without|prohibited|forbidden|banned|unavailable|excluded)\b|n't\b|\bnon-(?=\w)/i;
  function yesnoSentence(units, keys, qwords, q, title) {
    let best = null;
    /* the part names the thing (its first line, or the heading given);
     * its sentence says what is asked of it */
    const asked = title ? qwords.filter((w) => !tokens(title).some((t) => wordsMeet(w, t)))
      : qwords.filter((w) => !keys.weak.includes(w) || !units.every((u) => tokens(u.text.split('\n')[0]).includes(w)));
    const tie = tieWords(q, asked);
    for (const u of units) {
      const heads = titlesOf(u);
      for (const s of sentencesOf(u.text)) {
        if (s.length > ANSWER_MAX || heads.includes(s)) continue;
        const tt = tokens(s);
        const said = asked.filter((w) => tt.some((t) => wordsMeet(w, t))).length;
        /* of parts that name the thing alike, the smallest: the card, not
         * the list of cards */
        const sc = said * 3 + u.hits.strong * 3 + tie.filter((w) => tt.includes(w)).length * 0.5 - s.length / 2000 - u.len / 5000;
        if (said && (!best || sc > best.sc)) best = { u, s, sc };
      }
    }
    if (!best) return null;
    return Object.assign(best, { text: (NEGATES.test(best.s) ? 'No: ' : 'Yes: ') + best.s });
  }

  /* the one of equal parts whose own item (its largest ancestor that holds
   * none of the others) says the most of the question's other words */
  function byOwnItem(us, keys, qwords, c) {
    const scored = us.map((u) => {
      let it = u.el;
      for (let n = parentOf(it), up = 0; n && n.nodeType === 1 && up < 5; n = parentOf(n), up++) {
        if (us.some((o) => o !== u && composedContains(n, o.el)) || textOf(n, c).length > 1000) break;
        it = n;
      }
      const t = textOf(it, c);
      const tt = tokens(t);
      return { u, t, s: keyHits(t, keys).s + qwords.filter((w) => tt.includes(w)).length * 0.5 };
    }).sort((a, b) => b.s - a.s);
    if (scored[0].s > scored[1].s && scored[0].s > 0) return Object.assign(scored[0].u, { item: scored[0].t });
    return null;
  }

  /* "when does it land?" of "18:20 – 23:50": the end of a range; "when
   * does it leave?": its start */
  /* "the top of the band", "the most I'd pay": 'max'; "the lowest it
   * starts at": 'min'; else null */
  function rangeSide(l) {
    l = String(l).toLowerCase();
    if (/\b(?:top|max|maximum|most|upper|highest|ceiling|up to|at most)\b/.test(l)) return 'max';
    if (/\b(?:bottom|min|minimum|least|lower|lowest|floor|at least|starting)\b/.test(l)) return 'min';
    return null;
  }
  const RANGE_HEAD = { max: /^(max|maximum|high|highest|upper|top|to|ceiling|cap|most)$/, min: /^(min|minimum|low|lowest|lower|bottom|from|floor|starting|least)$/ };

  function rangeEnd(q, r) {
    const m = r.ok && typeof r.text === 'string' ? /^(.{3,40}?)(?:\s*[\u2013\u2014]\s*|\s+-\s+)(.{3,40})$/.exec(r.text) : null;
    if (!m || !/\d/.test(m[1]) || !/\d/.test(m[2])) return r;
    const l = q.toLowerCase();
    /* "the top of the band", "the most I'd pay": its upper end; "the
     * lowest it starts at": its lower */
    const side = rangeSide(l);
    if (side === 'max') return Object.assign(r, { text: m[2], why: r.why + ' (its upper end)' });
    if (side === 'min') return Object.assign(r, { text: m[1], why: r.why + ' (its lower end)' });
    if (rangeWholeAsked(l)) return r;
    const want = rangeWant(l);
    if (want === 'end') return Object.assign(r, { text: m[2], why: r.why + ' (its end)' });
    if (want === 'start') return Object.assign(r, { text: m[1], why: r.why + ' (its start)' });
    return r;
  }

  /* The end of a range a question asks for: 'end' ("when does it close?",
   * "what time do we land?"; first, so that "is it open on Sundays? when
   * does it close?" asks the end), 'start' ("when does it open?"), or
   * null. */
  /* "the opening hours", "when is the clinic open": the whole range (unless
   * an end is said too: "is it open on Sundays? when does it close?") */
  function rangeWholeAsked(l) {
    return /\bhours\b|\b(?:is|are)\b.*\bopen\b/.test(l) && !/\b(?:clos\w*|shut\w*|until|till)\b/.test(l);
  }

  function rangeWant(l) {
    if (/\b(?:land|arriv|end|finish|close|shut|until|till|get in|return)\w*|\bover\b/.test(l)) return 'end';
    if (/\b(?:leave|leaving|depart|start|begin|open|take off|set off)\w*/.test(l)) return 'start';
    return null;
  }

  /* the subject of the last question answered in this document: "who's it
   * by?", "tell me how long it is" ask about the thing named before */
  let lastKeys = null;
  /* the last question a list answered ("which classes on Tuesday still
   * have spaces?"): "list them with times" asks it again with the fields */
  let lastListQ = null;
  const PRONOUN = /\b(?:it|its|it's|he|his|him|she|her|they|them|their|this one|that one)\b/i;

  /* "the SRE role" on a page that says "Site Reliability Engineer" and
   * never "SRE": a word in capitals the page lacks, spelled by the first
   * letters of a name the page shows, is that name. The text with each
   * such word replaced. */
  function expandAcronyms(text, c) {
    const acr = Array.from(new Set((String(text).match(/\b[A-Z]{2,5}s?\b/g) || []).map((a) => a.replace(/s$/, '')).filter((a) => a.length >= 2)));
    if (!acr.length) return text;
    const pageToks = c.listToks || (c.listToks = new Set(tokens(document.body ? document.body.innerText || '' : '')));
    const SKIP = /^(of|and|the|for|to|in|on|at|a|an|&)$/i;
    let out = text;
    for (const a of acr) {
      if (pageToks.has(a.toLowerCase())) continue;
      const found = new Map();
      for (const el of c.all()) {
        if (!hasOwnText(el) || !isVisible(el, c)) continue;
        const t = textOf(el, c);
        if (!t || t.length > 80) continue;
        const ws = t.split(/[\s\u00b7|,;:()\u2013\u2014-]+/).filter(Boolean);
        for (let i = 0; i < ws.length; i++) {
          if (!/^[A-Z]/.test(ws[i])) continue;
          let k = 0, j = i;
          const run = [];
          for (; j < ws.length && k < a.length; j++) {
            if (SKIP.test(ws[j]) && run.length) { run.push(ws[j]); continue; }
            if (ws[j][0].toUpperCase() !== a[k] || !/^\p{Lu}/u.test(ws[j])) break;
            run.push(ws[j]); k++;
          }
          if (k === a.length) { const name = run.join(' '); found.set(name, (found.get(name) || 0) + 1); }
        }
      }
      /* one name only: two that spell it leave the word as it is */
      if (found.size === 1) out = out.replace(new RegExp('\\b' + a + 's?\\b', 'g'), Array.from(found.keys())[0]);
    }
    return out;
  }

  /* answer({question, target?}) -> {ok:true, text, ref?, how, why} |
   * {ok:false, error, candidates, reveal?} */
  /* the answers of a question's parts as one */
  function joinAnswers(out) {
    if (out.length === 1) return out[0];
    return { ok: true, text: out.map((r) => r.text).join('; '), ref: out[0].ref, how: out.map((r) => r.how).join('+'), why: out.map((r) => r.why).join('; ') };
  }

  /* "the top story", "the second message", "the last order": the item at
   * that place among the page's repeated items the noun names, when the
   * question names nothing else by name */
  const ORDINAL_AT = { first: 1, top: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: -1, bottom: -1 };
  function ordinalItem(q, c) {
    const m = /\bthe (first|top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|bottom|\d{1,3}(?:st|nd|rd|th))(?:[- ]most)? ([a-z]+)\b/i.exec(q);
    if (!m || /^(name|names|time|date|day|page|step|one|thing|letter|line|word|half|part|place|row|column)$/i.test(m[2])) return null;
    if (subjectKeys(q.replace(m[0], ' '), askedKind(q)).strong.length) return null;
    const nt = tokens(m[2]).map(stem);
    /* the rows of the one shown table whose column heading names the noun
     * ("the last session" under Session | Starts | Ends) */
    const tables = Array.from(document.querySelectorAll('table')).filter((t) => isVisible(t, c) &&
      Array.from(t.querySelectorAll('th,[role=columnheader]')).some((h) => tokens(textOf(h, c)).map(stem).some((w) => nt.includes(w))));
    const rows = tables.length === 1 ? Array.from(tables[0].querySelectorAll('tr')).filter((r) => r.querySelector('td') && isVisible(r, c)) : [];
    const g = rows.length >= 2 ? { items: rows } : findRepeated(c, { noun: m[2] });
    if (!g) return null;
    const items = g.items.filter((it) => isVisible(it, c));
    /* the list the noun names ("story": the stories, not the menu's links) */
    const named = (el) => { for (let n = el, up = 0; n && up < 4; n = parentOf(n), up++) if (itemAttrs(n).map(stem).some((t) => nt.includes(t))) return true; return false; };
    if (items.length < 2 || !(rows.length >= 2 || named(items[0]) || items.some((it) => tokens(textOf(it, c)).map(stem).some((t) => nt.includes(t))))) return null;
    const k = ORDINAL_AT[m[1].toLowerCase()] || parseInt(m[1], 10);
    const it = k > 0 ? items[k - 1] : items[items.length + k];
    return it ? { item: it, said: m[0], word: m[1].toLowerCase(), noun: m[2] } : null;
  }

  /* the words of the labels of the tabs shown (each of a group of two or
   * more): "sunday", "holidays" of "Sunday & holidays" */
  function shownTabWords(c) {
    const out = new Set();
    for (const t of c.all()) {
      if (!isTabLike(t, c) || !tabShown(t) || !isVisible(t, c)) continue;
      for (const w of tokens(textOf(t, c))) if (w.length >= 3 && !Q_STOP.has(w)) out.add(w);
    }
    return out;
  }

  /* A tab of a group whose shown tab the question names ("on Sundays"
   * with "Sunday & holidays" open): the question is of that panel, and
   * another tab of the group is no way to its answer. */
  function tabNamedShown(el, question, c) {
    if (!el || !el.parentElement || !isTabLike(el, c)) return false;
    const qt = tokens(question);
    /* (a word both labels say, "stage" of "Main stage" and "Forest
     * stage", names neither) */
    const own = tokens(textOf(el, c));
    return Array.from(kidsOf(el.parentElement)).some((t) => t !== el && isTabLike(t, c) && tabShown(t) &&
      tokens(textOf(t, c)).some((w) => w.length >= 3 && !Q_STOP.has(w) && !own.includes(w) && qt.some((x) => wordsMeet(x, w))));
  }

  function tabShown(t) {
    return t.getAttribute('aria-selected') === 'true' || t.getAttribute('aria-current') === 'page' || t.getAttribute('aria-current') === 'true' ||
      /(?:^|\s)(?:active|selected|current|is-active|on)(?:\s|$)/.test(typeof t.className === 'string' ? t.className : '');
  }

  /* "when's Braiding Sweetgrass due back?" answered on a page that says no
   * word of the name (a date of its news, read as the answer): the thing
   * is in another part of the app, where the executor looks for it
   * (actions.c find_way). A move the answer hands back to show another
   * view (reveal) stands: the name may be there. */
  function answer(q) {
    const r = answerPage(q);
    if (r && r.reveal && tabNamedShown(deref(r.reveal), String((q && q.question) || q || ''), newCtx())) {
      delete r.reveal;
      delete r.revealHow;
      delete r.revealText;
    }
    if (!r || !r.ok) return r;
    const o = q && typeof q === 'object' ? q : { question: String(q || '') };
    const c = newCtx();
    /* "Is line 12 disrupted today?" answered "Station – Hospital": a yes or
     * no that says neither, nor a word of what is asked, is no answer here */
    const asked = String(o.question || '');
    const ak = askedKind(asked);
    if (ak.kind === 'yesno' && typeof r.text === 'string' && !/^(yes|no)\b/i.test(r.text)) {
      const sk = subjectKeys(asked, ak);
      const pred = tokens(asked).filter((w) => w.length >= 4 && !Q_STOP.has(w) && !sk.strong.includes(w) && !/\d/.test(w) && !DATE_WORDS.test(w));
      const said = tokens(r.text), qt = tokens(asked);
      /* (an either-or answered by one of its words, "on" of "on or off?") */
      if (pred.length && !pred.some((w) => said.some((t) => wordsMeet(w, t))) && !(said.length <= 2 && said.every((t) => qt.includes(t)))) {
        return { ok: false, missing: true, error: 'nothing on the page says "' + clip(asked.replace(/\?+\s*$/, ''), 80) + '" (only "' + clip(r.text, 60) + '")', candidates: [] };
      }
    }
    /* "who wrote "Accessibility checks you can do in five minutes"?" where
     * the page lists other articles: a name quoted whole must be said
     * whole, or the answer is some other thing's */
    const qt = /["\u201c]([^"\u201d]{8,})["\u201d]/.exec(String(o.question || ''));
    if (qt && tokens(qt[1]).length >= 3 && !tokens(qt[1]).every((w) => pageSaysAnywhere(w, c))) {
      return { ok: false, missing: true, error: 'no "' + clip(qt[1], 60) + '" on the page', candidates: [] };
    }
    if (o.target) return r;
    /* "the MAU" the page spells out: its words */
    const question = expandAcronyms(String(o.question || ''), c);
    const keys = subjectKeys(question, askedKind(question));
    const named = keys.strong.filter((w) => /^\p{L}{3,}$/u.test(w) && !DATE_WORDS.test(w));
    if (!named.length || named.some((w) => pageSaysAnywhere(w, c))) return r;
    /* the page calls it otherwise ("Boston fern" a "fern"): an answer
     * read where the question's other words are said stands */
    const el = deref(r.ref);
    const near = [];
    for (let n = el, up = 0; n && n.nodeType === 1 && up < 4; n = parentOf(n), up++) {
      const t = textOf(n, c);
      if (t.length > 600) break;
      near.push(t, n.getAttribute ? n.getAttribute('aria-label') || n.getAttribute('title') || '' : '');
    }
    const nt = tokens(near.join(' '));
    if (keys.weak.some((w) => w.length >= 3 && nt.some((t) => wordsMeet(w, t)))) return r;
    return { ok: false, missing: true, error: 'no "' + clip(named.join(' '), 60) + '" on the page', candidates: [] };
  }

  function answerPage(q) {
    q = q && typeof q === 'object' ? q : { question: String(q || '') };
    /* the page's address said inside the question ("how many are left on
     * http://host/x right now?") is where, not what: its digits are no answer */
    let question = collapse(String(q.question || '').replace(/(?:\b(?:on|at|in|from)\s+)?(?:https?:\/\/|www\.)[^\s,;)]+/gi, ' ')).replace(/^(?:(?:please|kindly|can you|could you|tell me|let me know|i(?:'d| would) like to know|find out|check|get|read|fetch|look up|show me|give me|and|then|now)\s*,?\s+)+/i, '');
    if (!question) return { ok: false, error: 'no question' };
    /* "(tell me) which tariff I'm on": the question as asked, "which tariff am I on" */
    question = question.replace(/^((?:what|which)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(i['\u2019]m|i am|we['\u2019]re|we are)\b/iu,
      (m, head, who) => head + (/^i/i.test(who) ? ' am I' : ' are we'));
    /* "the Saturday opening hours", "the reorder level of the duct tape":
     * a thing named, what it is is asked */
    /* "list the jobs", "name all the courses": which are there */
    question = question.replace(/^(?:list|name|enumerate)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?=\S+s\b)/i, 'which ');
    if (!/^(?:what|what's|whats|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|at|on|in|for|from|to|by|with)\b/i.test(question)) question = 'what is ' + question;
    const c = newCtx();
    question = expandAcronyms(question, c);
    /* "on Sundays" with the "Sunday & holidays" tab shown: the words say
     * which panel, and the panel is shown; they name nothing in it */
    const shown = shownTabWords(c);
    const unTab = (s) => shown.size ? collapse(String(s).replace(/\b(?:on|for|in|at|under|during)\s+(?:the\s+)?([\p{L}]{3,})(?:\s+(?:tab|section|panel|view))?\b/giu,
      (m, w) => (Array.from(shown).some((t) => wordsMeet(norm(w), t)) ? ' ' : m)).replace(/\s+([?.!,])/g, '$1')) : s;
    question = unTab(question);
    if (q.target && typeof q.target === 'object' && q.target.text) q = Object.assign({}, q, { target: Object.assign({}, q.target, { text: unTab(q.target.text) }) });
    /* "the link it shows", "the code that it gives": the noun is what is
     * asked; the words after it say where, which the view shown is */
    /* ("what it says underneath" keeps its "what") */
    question = question.replace(/\b(?!(?:what|which|whose)\b)(\p{L}{3,}) (?:that |which )?(?:it|this|that|they) (?:shows?|says|displays?|gives?|lists?|contains?)\b/iu, '$1');
    /* a target that is a place in a list ("first transaction", "20th
     * story") is that item, found by the question below; not the first
     * element that says the noun (a "Transactions" link) */
    const ordinal = ordinalItem(question, c);
    const tt0 = q.target && typeof q.target === 'object' ? q.target.text : typeof q.target === 'string' ? q.target : null;
    if (ordinal && tt0 && ordinalItem('the ' + String(tt0).replace(/^the\s+/i, '').split(',')[0], c)) q = { question: q.question };
    /* "what text shows up once it has loaded": what appeared, wherever;
     * "it" named the control that was pressed, no part to read in */
    if (q.target && askedKind(question).kind === 'message') q = { question: q.question };
    if (q.target && typeof q.target === 'object' && q.target.text) {
      const tx = expandAcronyms(q.target.text, c);
      if (tx !== q.target.text) q = Object.assign({}, q, { target: Object.assign({}, q.target, { text: tx }) });
    } else if (typeof q.target === 'string') q = Object.assign({}, q, { target: expandAcronyms(q.target, c) });
    const scope = scopeOf(q.target, c);
    if (q.target && !scope) {
      const tq = targetQuery(q.target, 'read');
      const r = tq ? locateEl(tq, c) : null;
      if (r && r.reveal) return r;
    }
    const tt = q.target && typeof q.target === 'object' ? q.target.text || q.target.anchor : typeof q.target === 'string' ? q.target : null;
    const targetKeys = !scope && tt ? subjectKeys(' ' + tt, { }) : null;
    /* the view first: a switcher's other choice the question names */
    const ms = scope ? null : menuSwitch(question, c) || tabSwitch(question, c);
    if (ms) return viewReveal(ms, 'click', 'what the question names is another choice of "' + clip(displayText(ms, c), 60) + '"; click it to show it', c);
    /* a <select> of whose data the page shows ("Showing records for
     * Biscuit"), one of whose other options the question names */
    const ss = selectSwitch(question, subjectKeys(question, askedKind(question)), c);
    if (ss) return exMove(ss.el, 'select', 'what the question names is another choice of "' + clip(displayText(ss.el, c), 60) + '"; choose "' + ss.value + '" to show it', c, ss.value);
    /* "who wrote the top story, and for which outlet?": each part asked of
     * that item alone; a part it cannot answer leaves the reading below */
    const split = splitQuestion(question);
    const parts = split.length ? split : [question];
    const oi = scope ? null : ordinal;
    if (oi) {
      const got = [];
      let pv = null;
      for (const p of parts.slice(0, 4)) {
        const r = answerOne(p.replace(oi.said, ' it '), oi.item, c, pv, null, true);
        if (!r.ok) break;
        pv = r.keys;
        delete r.keys;
        delete r.pane;
        r.why += ' (the ' + oi.word + ' ' + oi.noun + ')';
        got.push(r);
      }
      if (got.length === Math.min(parts.length, 4)) return joinAnswers(got);
    }
    /* "how many points do the Otters have?": a number under the column
     * the question names, in the row it names, is no count of items */
    const ak = askedKind(question);
    /* one question only: "which supplier makes X, and how many are on
     * hand?" is answered part by part below */
    if (ak.kind === 'count' && split.length < 2) {
      const col = columnAnswer(question, ak, subjectKeys(question, ak), scope, c);
      if (col && col.ok) return col;
      /* "how many spots are left in the Sunday Pilates class?": a number
       * the named thing's own part says ("4 spaces left"), before a count
       * of the items that name it */
      /* words the page never says ("on the list") name nothing on it */
      const sk0 = subjectKeys(question, ak);
      const sk = Object.assign({}, sk0, { weak: sk0.weak.filter((w) => pageSays(w, c)) });
      const said = !col && (sk.strong.length || sk.weak.length >= 2 || (sk.weak.length && sk.weak.length < sk0.weak.length)) ? saidCount(question, ak, sk, scope, c).best : null;
      if (said && (sk.strong.length ? said.hs >= sk.strong.length : said.hw >= Math.min(2, sk.weak.length))) return { ok: true, text: said.v, ref: refOf(said.el), how: 'text', why: 'the number in "' + clip(said.s, 100) + '"' };
    }
    /* "the last post and who wrote it?": a list's items (12-items.js) */
    /* "which boards are under Product?": a tree node's children (18-tree.js),
     * before a list's items that merely say the node's word */
    const tk = scope ? null : trChildren(question, c) || trSubject(subjectKeys(question, ak), c);
    if (tk) return tk;
    const ec = emptyCellAnswer(question, scope, c);
    if (ec) return ec;
    /* "what tours does Marta lead?": the items a person did, though "what
     * tours" reads as a field too */
    const made = /^\s*(?:what|which)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:do|does|did)\s+.+\s+(?:lead|run|teach|write|take|give|hold|make|build|draw|sing|speak|drive|host|guide|organi[sz]e|present)\s*\??\s*$/i.test(question);
    const li = ak.named && !made ? null : answerListItems(question, scope, c);
    if (li) {
      if (li.ok && li.how === 'list') lastListQ = question;
      return li;
    }
    const out = [];
    let prev = null;
    if (!q.target && lastKeys && PRONOUN.test(question) && !subjectKeys(question, askedKind(question)).strong.length) prev = lastKeys;
    for (const p of parts.slice(0, 4)) {
      let r = answerOne(p, scope, c, prev, targetKeys);
      /* the part the target was first found in holds no answer ("Big Dob"
       * is a row of specs and a line of the status list): the target's
       * words as the subject, on the whole page; when it asks to open the
       * thing, only if its view is open already (the message's pane just
       * drawn): read there rather than open it again */
      const drawn = r.reveal ? freshMessage(c) : null;
      if (!r.ok && scope && tt && (!r.reveal || (drawn && drawn.pane))) {
        const r2 = answerOne(p, null, c, prev, subjectKeys(' ' + tt, {}));
        if ((r2.ok && (!r.reveal || r2.pane)) || (r2.reveal && !r.reveal)) r = r2;
      } else if (r.ok && r.how === 'sentence' && scope && tt) {
        /* the part holds no value of the kind, only a line that names
         * it: the thing's own page or view may hold the value */
        const r2 = answerOne(p, null, c, prev, subjectKeys(' ' + tt, {}));
        if (r2.reveal || (r2.ok && r2.how !== 'sentence')) r = r2;
      } else if (r.ok && scope && tt && !keyHits(textOf(scope, c) || '', subjectKeys(p, askedKind(p))).s) {
        /* the part says nothing of what is asked ("the album password" of
         * a message's row): a guess; the thing's own view is opened to
         * read there, when it has one */
        const r2 = answerOne(p, null, c, prev, subjectKeys(' ' + tt, {}));
        if (r2.reveal) r = r2;
      }
      if (!r.ok) {
        if (parts.length > 1) r.error = '"' + p + '": ' + r.error;
        delete r.keys;
        return r;
      }
      prev = r.keys;
      delete r.keys;
      delete r.pane;
      out.push(rangeEnd(p, r));
    }
    if (prev && (prev.strong.length || prev.weak.length)) lastKeys = prev;
    if (out.length === 1 && out[0].how === 'list') lastListQ = question;
    return joinAnswers(out);
  }

