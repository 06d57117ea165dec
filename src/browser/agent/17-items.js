  /* ------------------------------------------------------------------ */
  /* interpret, the item reading: a control inside the repeated item the */
  /* words name ("archive the email from Shopmart", "star both emails    */
  /* from Lee Ho", "make Tariq an Admin", "reduce the bananas to 4",     */
  /* "react with a thumbs up to Raj's message about the fire drill"),    */
  /* and what the control opens: a menu, a reaction picker, a thread     */
  /* box, a dialog to fill, confirm or cancel, a toast's Undo.           */
  /*                                                                     */
  /* The item is found from the control up: each control that fits the   */
  /* verb is given the smallest part of the page around it that holds    */
  /* the words naming the item (a row, a card, a message, a paragraph),  */
  /* so no list of item markups is needed; a part that holds two such    */
  /* controls is a list, not an item. A control shown only on hover is   */
  /* revealed by hovering its item; one in a "More" menu by opening it.  */
  /* Called by interpret() (15-interpret.js) like its other readings.    */

  /* nouns that say what kind of item, not which one */
  const IT_KINDS = new Set(['email', 'mail', 'message', 'msg', 'story', 'post', 'comment', 'row', 'card', 'item', 'entry', 'todo', 'chore', 'errand', 'reminder',
    'line', 'file', 'report', 'invoice', 'notification', 'notice', 'user', 'member', 'person', 'people', 'account', 'deal',
    'task', 'ticket', 'order', 'product', 'listing', 'record', 'one', 'thread', 'conversation', 'chat', 'photo', 'image',
    'document', 'doc', 'note', 'event', 'contact', 'lead', 'issue', 'transaction', 'payment', 'folder', 'everyone',
    'everybody', 'all', 'both', 'each', 'every', 'those', 'them', 'thing', 'reply', 'response', 'review', 'text', 'list',
    'banner', 'bar', 'notice', 'popup', 'dialog', 'window', 'modal', 'toast', 'prompt', 'snackbar', 'alert', 'panel']);
  /* verbs that name a control of an item ("archive X", "print the label of X") */
  const IT_VERBS = /^(pin|unpin|star|unstar|archive|unarchive|favorite|favourite|like|unlike|love|bookmark|delete|remove|trash|discard|download|share|rename|edit|duplicate|clone|copy|mute|unmute|snooze|flag|unflag|upvote|downvote|vote|follow|unfollow|approve|reject|deny|open|expand|collapse|restore|resolve|close|reopen|dismiss|hide|unhide|show|report|accept|decline|cancel|complete|retry|move|save|unsave|print|send|resend|view|preview|pay|refund|book|reserve|invite|kick|ban|block|unblock|join|leave|watch|unwatch|subscribe|unsubscribe|play|pause|undo|redo|merge|assign|claim|release|publish|unpublish|export|reset|restock|reorder|reply|forward|retweet|repost|quote|answer|ack|acknowledge|escalate|mark|confirm|select|deselect|check|uncheck|tick|untick|clear|empty|read|unread|fork|lock|unlock|disable|enable|activate|deactivate|suspend|renew|extend|return|track|add|buy|order|refresh|sync|translate|summarize|expand|attach|detach|tag|untag|label|zoom|rate|review)$/;
  /* verbs that name no control of an item: the other steps read them */
  const IT_NOT_VERBS = /^(click|press|tap|hit|push|select|choose|pick|go|navigate|type|enter|fill|get|read|extract|scroll|find|search|wait|take|log|sign|look|tell|what|how|who|when|where|which|is|are|does|do|can|please|show|list|count|return|give)$/;
  /* words that link the item's words and name nothing themselves */
  const IT_LINK = new Set(['from', 'by', 'about', 'asking', 'ask', 'saying', 'says', 'say', 'that', 'which', 'who', 'where',
    'mentioning', 'mentions', 'called', 'named', 'titled', 'wrote', 'written', 'sent', 'posted', 'regarding', 're', 'on',
    'in', 'to', 'of', 'for', 'with', 'its', 'their', 'his', 'her', 'row', 'there', 'was', 'were', 'are', 'is', 'has', 'have',
    'already', 'one', 'ones', 'team', 'size', 'whose', 'than', 'more', 'less', 'some', 'any']);
  const IT_ORD = { first: 1, top: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5,
    '5th': 5, sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
    last: -1, bottom: -1, final: -1, latest: -1, newest: -1 };
  /* a comparison picks the item ("the newest thread", "the cheapest lamp"):
   * the superlatives of 13-superlatives.js read it, not an order */
  const IT_SUPER = /\b(newest|latest|oldest|earliest|recent|cheapest|dearest|priciest|most|least|highest|lowest|best|worst|biggest|largest|smallest|longest|shortest|top[- ]rated|fewest)\b/i;
  /* a role word last: the words name a control ("open the New issue tab") */
  const IT_ROLE_TAIL = /\b(tab|link|button|field|box|checkbox|check box|dropdown|drop-down|menu|page|section|heading|option|radio|radio button|switch|toggle|slider|input|textbox|text box)s?\s*$/i;
  const IT_MULTI = /^(both|all|every|everyone|everybody|each)$/;
  /* a control that opens a menu of more actions */
  const IT_MENU = /^(more|more actions|more options|actions|options|menu|overflow|kebab|dots|ellipsis|\u22ef|\u22ee|\u2026|\.\.\.)$/;
  /* names of an item's menu said with a popup state; with a caret also
   * "Edit \u25be", "Settings \u25be" (a show/hide "Edit" is no menu) */
  const IT_MENU_WORD = /^(manage|row actions)$/; /* and IT_MENU's words */
  const IT_MENU_CARET_WORD = /^(edit|settings|tools|admin)$/;
  const IT_CANCEL = /^(cancel|no|keep|keep it|never ?mind|go back|back|don ?t|do not|not now|close|dismiss|no thanks|no keep)\b/;
  const IT_VERB_FORMS = { removing: 'remove', deleting: 'delete', archiving: 'archive', starring: 'star', pinning: 'pin',
    renaming: 'rename', editing: 'edit', sharing: 'share', hiding: 'hide', downloading: 'download', cancelling: 'cancel',
    canceling: 'cancel', moving: 'move', resetting: 'reset', sending: 'send', muting: 'mute', reporting: 'report' };
  /* emoji by the names people give them */
  const IT_EMOJI = [
    ['\u{1F44D}', ['thumbs up', 'thumbsup', 'thumb up', '+1', 'plus one', 'like', 'thumbs-up']],
    ['\u{1F44E}', ['thumbs down', 'thumbsdown', 'thumb down', '-1', 'dislike']],
    ['\u2764', ['heart', 'red heart', 'love']],
    ['\u{1F440}', ['eyes', 'eye', 'looking']],
    ['\u{1F389}', ['party popper', 'party', 'tada', 'celebrate', 'celebration', 'confetti', 'hooray']],
    ['\u2705', ['check mark', 'checkmark', 'white check mark', 'green check', 'check', 'tick', 'done']],
    ['\u2714', ['heavy check mark', 'check mark', 'checkmark', 'tick']],
    ['\u{1F602}', ['laughing', 'laugh', 'joy', 'tears of joy', 'lol', 'laughing face', 'crying laughing']],
    ['\u{1F606}', ['laughing', 'laugh', 'satisfied']],
    ['\u{1F604}', ['smile', 'smiley', 'grin', 'happy']],
    ['\u{1F642}', ['smile', 'slight smile', 'slightly smiling']],
    ['\u{1F525}', ['fire', 'flame', 'lit']],
    ['\u{1F680}', ['rocket', 'ship it']],
    ['\u{1F44F}', ['clap', 'clapping', 'applause']],
    ['\u{1F64F}', ['pray', 'thanks', 'thank you', 'folded hands', 'please']],
    ['\u{1F4AF}', ['100', 'hundred', 'hundred points']],
    ['\u{1F914}', ['thinking', 'hmm', 'thinking face']],
    ['\u{1F622}', ['sad', 'cry', 'crying', 'tear']],
    ['\u{1F44B}', ['wave', 'waving', 'hello', 'hi']],
    ['\u{1F44C}', ['ok hand', 'ok', 'okay']],
    ['\u{1F64C}', ['raised hands', 'hands up', 'praise']],
    ['\u2B50', ['star']],
    ['\u{1F62E}', ['wow', 'surprised', 'open mouth']],
  ];

  function itEmojiOf(words) {
    const w = norm(words).replace(/\b(a|an|the|reaction|emoji|emoticon|react|with)\b/g, ' ').replace(/\s+/g, ' ').trim();
    if (!w) return null;
    let best = null, bs = 0;
    for (const [e, names] of IT_EMOJI) {
      for (const n of names) {
        const s = w === norm(n) ? 1 : textScore(w, n) * 0.95;
        if (s > bs + 0.001) { bs = s; best = { emoji: e, name: names[0], names }; }
      }
    }
    if (!best && /\p{Extended_Pictographic}/u.test(words)) return { emoji: words.replace(/[\uFE0F\s]/g, ''), name: words, names: [] };
    return bs >= 0.8 ? best : null;
  }

  /* How well a button shows emoji e: its glyph, or its title's name. */
  function itEmojiScore(el, e, c) {
    const t = textOf(el, c).replace(/\uFE0F/g, '');
    if (t && t.replace(/[\s\d]/g, '').length <= 4 && t.includes(e.emoji.replace(/\uFE0F/g, ''))) return 1;
    const nm = norm(humanize([el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('data-emoji'), el.getAttribute('data-name')].filter(Boolean).join(' ')));
    if (!nm) return 0;
    let s = 0;
    for (const n of e.names) s = Math.max(s, textScore(n, nm), nm.split(' ').includes(norm(n)) ? 0.9 : 0);
    return s >= 0.8 ? s * 0.95 : 0;
  }

  /* The words of the clause the item reading takes apart. */
  function itParse(clause) {
    let s = ' ' + collapse(clause).replace(/[\u2018\u2019]/g, '\'') + ' ';
    const p = { after: null, without: [], multi: false, ordinal: 0 };
    /* what follows the control: a dialog's Cancel or confirm, a typed name */
    const typed = /[,(]?\s*(?:and |then |by )?(?:type|typing|enter|entering|write|writing) (?:in )?(?:"([^"]+)"|\u201c([^\u201d]+)\u201d|(its name|the name|\S+)) (?:in |into the box )?to confirm(?: it)?\)?/i.exec(s);
    if (typed) {
      const v = typed[1] || typed[2] || typed[3];
      p.after = { mode: 'type', text: /^(its|the) name$/i.test(v) ? null : v };
      s = s.replace(typed[0], ' ');
    }
    const cancel = /[,(]?\s*(?:,? ?(?:and |then |but |and then )+)?(?:change (?:your|my) mind and |think better of it and )?(?:press |click |hit |choose |pick |select )?(?:the )?"?cancel"?(?: button)?(?: (?:it|in|on) (?:the )?(?:confirmation|dialog|popup|prompt|modal|box|window)(?: dialog| box)?)?\)?\s*$/i.exec(s);
    if (cancel && cancel.index > 3) { p.after = { mode: 'cancel' }; s = s.slice(0, cancel.index) + ' '; }
    const conf = /[,(]?\s*(?:,? ?(?:and |then |and then )+)?(?:confirm(?: it| that| the (?:deletion|removal|dialog|prompt))?|(?:press |click )?(?:yes|ok) (?:to|in) (?:the )?(?:confirmation|dialog|prompt))\)?\s*$/i.exec(s);
    if (conf && conf.index > 3 && !p.after) { p.after = { mode: 'confirm' }; s = s.slice(0, conf.index) + ' '; }
    /* "without accepting", "without opening it": what not to press */
    s = s.replace(/,?\s*without ([a-z ]+?)(?= *[,.(]|\s*$)/gi, (m, w) => { p.without.push(w.replace(/\b(it|them|anyone|anything|the \w+)\b/gi, '').trim()); return ' '; });
    /* "not the Paris one": words that exclude an item */
    const gn = goalNot(s);
    s = gn.s;
    p.not = gn.not;
    /* "(use the restock button on its row)": the control to use */
    const use = /\(?\s*(?:use|using|with|via) (?:the |its )?(.+?) (?:button|icon|link|control)(?: (?:on|in|of) (?:its|the|that|their) \w+)?\s*\)?/i.exec(s);
    if (use) { p.use = use[1]; s = s.replace(use[0], ' '); }
    /* "with its bin icon", "with the X": the control by its look */
    const look = /\s(?:with|using|by) (?:the|its|their|a|an|that) (\S+(?: \S+)?)(?: icon| button| symbol| glyph| sign| cross)?\s*$/i.exec(s);
    if (look && !p.use && !/^\s*(react|respond|reply|answer)\b|reaction|emoji/i.test(s)) { p.use = look[1]; s = s.slice(0, look.index) + ' '; }
    s = s.replace(/\((?:the one |the \w+ )?((?:about|from|with|that|which|asking|saying|by)[^)]*)\)/gi, ' $1 ').replace(/[()]/g, ' ');
    p.text = collapse(s.replace(/^\s*(?:please |kindly |now |then |and |just |go ahead and |start |begin |try )+/i, ' '));
    /* "permanently delete X", "immediately cancel X": an adverb before the verb */
    const adv = /^([a-z]{5,}ly) (\S+)/i.exec(p.text);
    if (adv && !IT_VERBS.test(adv[1].toLowerCase()) && !goalFams(adv[1]).size) p.text = p.text.slice(adv[1].length + 1);
    return p;
  }

  /* Split the words into a verb, the words of the control and of the item,
   * and a value: {verb, ctl: [phrases], item: words, value, kind}. */
  function itRead(p) {
    const t = p.text;
    let m;
    const out = (verb, ctl, item, extra) => Object.assign({ verb, ctl, item: ipWords(item || '') }, extra || {});
    /* reactions */
    if ((m = /^(?:react|respond)(?: with)? (?:an? |the )?(.+?) (?:emoji |reaction )?(?:to|on) (.+)$/i.exec(t)) && itEmojiOf(m[1]))
      return out('react', [], m[2], { emoji: itEmojiOf(m[1]) });
    if ((m = /^(?:react|respond) (?:to|on) (.+?) with (?:an? |the )?(.+?)(?: emoji| reaction)?$/i.exec(t)) && itEmojiOf(m[2]))
      return out('react', [], m[1], { emoji: itEmojiOf(m[2]) });
    if ((m = /^(?:put|add|leave|give|drop|place|stick) (?:an? |the )?(.+?) (?:emoji |reaction |emoji reaction )(?:on|to|under) (.+)$/i.exec(t)) && itEmojiOf(m[1]))
      return out('react', [], m[2], { emoji: itEmojiOf(m[1]) });
    if ((m = /^(?:give|send) (.+?) (?:an? |the )(.+?)(?: emoji| reaction)?$/i.exec(t)) && itEmojiOf(m[2]))
      return out('react', [], m[1], { emoji: itEmojiOf(m[2]) });
    /* an entry's own text changed: "rename photo.png to beach.png", "change
     * the keyboard todo so it says 'X'", "edit X to read Y", "edit X to say
     * 4 instead of 3", "replace 3 with 4 in X": the item's control and its
     * dialog's field when it has one, else the entry edited in place */
    const ed = itEditSaid(t);
    if (ed) return out('do', ['rename', 'edit name', 'edit'], ed.item, { edit: ed, after: ed.from == null ? { mode: 'fill', value: ed.value } : null });
    /* replies in a thread */
    if ((m = /^(?:reply|respond|answer)(?: in (?:the |a )?thread)? (?:of|on|to|under) (.+?)(?: in (?:a|the|its) thread)?(?: with|,? saying|:| that says)\s*(?:"([^"]+)"|\u201c([^\u201d]+)\u201d|(.+))$/i.exec(t)))
      return out('reply', ['reply in thread', 'reply', 'thread', 'comment'], m[1], { value: m[2] || m[3] || m[4], after: { mode: 'reply' } });
    /* a quantity: "reduce the bananas to 4", "add one more bag of coffee", "order 25 more tape" */
    /* "raise the quantity to 3" names no item: the one in scope (a cart's line) */
    if ((m = /^(reduce|decrease|lower|drop|cut|increase|raise|bump|change|set|update|adjust|make) (?:the |its )?(?:quantity|amount|number|count|qty)(?: (?:of )?(.+?))? (?:to|at) (\d+)\b.*$/i.exec(t)) ||
        (m = /^(reduce|decrease|lower|drop|cut|increase|raise|bump|set|change|update|adjust) (.+?)(?:'s? (?:quantity|amount|count|qty))? to (\d+)(?: \w+)?$/i.exec(t)))
      return out('qty', [], m[2], { to: +m[3] });
    /* "scale the lasagne down to 2 servings": the count the unit names
     * (a "Servings" stepper) is set, on the thing's own page */
    if ((m = /^(?:scale|resize|size|adjust|change|cut|bring|make) (?:the |this |my )?(?:[\w' -]+?) (?:down |up |back )?to (\d+) ([a-z]{3,})$/i.exec(t)) && !/^(am|pm|percent|times)$/i.test(m[2]))
      return out('qty', [], m[2], { to: +m[1] });
    if ((m = /^(?:increase|raise|bump(?: up)?|reduce|decrease|lower|cut) (.+?) by (\d+|one|two|three|four|five|a|an)(?: \w+)?$/i.exec(t)))
      return out('qty', [], m[1], { by: (/^(reduce|decrease|lower|cut)/i.test(t) ? -1 : 1) * itNum(m[2]) });
    if ((m = /^(add|get|buy|need|remove|take away|take off) (\d+|one|two|three|four|five|an?|another) (?:more |fewer |less |extra )?(?:(?:bags?|cans?|packs?|packets?|bottles?|boxes?|cartons?|jars?|units?|pieces?|pcs|loaf|loaves|kg|g|l) )?(?:of )?(.+)$/i.exec(t)) &&
        (/\b(more|another|extra|fewer|less)\b/i.test(t) || /^(remove|take)/i.test(m[1])))
      return out('qty', [], m[3], { by: (/^(remove|take)|fewer|less/i.test(t) ? -1 : 1) * itNum(m[2]) });
    if ((m = /^(?:order|restock|reorder|top up|refill) (\d+) (?:more |extra )?(?:units? |pieces? |pcs )?(?:of )?(.+)$/i.exec(t)))
      return out('restock', [p.use || 'restock', 'reorder', 'order more'], m[2], { value: m[1], after: { mode: 'fill', value: m[1] } });
    if ((m = /^(restock|reorder|order more|top up|refill|order) (.+?) with (\d+)(?: (?:more )?(?:units?|pieces?|pcs|items?))?$/i.exec(t)))
      return out('restock', [p.use || m[1], 'restock', 'reorder'], m[2], { value: m[3], after: { mode: 'fill', value: m[3] } });
    /* ticking an item off */
    if ((m = /^(?:tick|check|cross|mark) off (.+)$/i.exec(t)) || (m = /^(?:tick|check) (.+?)(?: off)?$/i.exec(t)))
      return out('tick', [], m[1], { state: 'done' });
    /* a state or a value: "mark X as Y", "make X an Admin", "change X's role to Y", "reassign X to Y" */
    if ((m = /^(?:make|promote|demote|turn) (.+?) (?:into |to )?(?:an? |the )(.+)$/i.exec(t)) && !/\b(reaction|copy)\b/i.test(m[2]))
      return out('set', [], m[1], { value: m[2] });
    if ((m = /^(?:re-?assign|assign|transfer|hand(?: over)?|give) (.+?) to (.+)$/i.exec(t)))
      return out('set', [], m[1], { value: m[2], field: 'owner assignee assigned' });
    if ((m = /^(?:mark|set|flag|change|switch|move|update|label|tag|put) (.+?)(?:'s? | of )(\w+(?: \w+)?) (?:to|as|into) (.+)$/i.exec(t)) && /^(role|status|stage|state|owner|priority|team|level|permission|permissions|access|plan|type|category|assignee|group|label|tier)$/i.test(m[2]))
      return out('set', [], m[1], { value: m[3], field: m[2] });
    if ((m = /^(?:mark|set|flag|change|switch|move|update|label|tag|put) (.+) (?:as|to|into) (.+)$/i.exec(t))) {
      if (/^(read|unread|seen|unseen|done|bought|purchased|got|complete|completed|finished|important|spam|starred)$/i.test(m[2].replace(/^(?:an? |the )/i, '')) || !/^\d+$/.test(m[2]))
        return out('set', [], m[1], { value: m[2].replace(/^(?:an? |the )/i, '') });
    }
    /* "send a password reset to X", "send password resets to everyone in Sales" */
    if ((m = /^(send|email|mail|give|issue) (?:an? |the )?(.+?) (?:to|for) (.+)$/i.exec(t)))
      return out('do', [m[1] + ' ' + m[2], m[2]], m[3], { multiWord: /s$/i.test(m[2].split(' ').pop()) });
    /* "open the rename dialog for photo.png": the control named */
    if ((m = /^(?:open|bring up|show) (?:the )?(.+?) (?:dialog|menu|form|window|popup|panel|modal) (?:for|of|on) (.+)$/i.exec(t)))
      return out('do', [m[1]], m[2], { form: m[1] });
    /* VERB [the OBJECT for|of] ITEM: "print the label for the L gloves" */
    /* "clear the items that were already bought": the list's own control */
    if ((m = /^(clear|remove|delete|hide|archive)(?: out| away| up| off)?(?: all| everything| anything)?(?: of)? (?:the |my |our )?(?:\w+ )?(?:(?:that|which) )?(?:(?:were|are|is|i|i've|i'm|we|we've|we're|have|has|been|has been|have been|got|gotten|marked|as) )*(?:already )?(bought|done|completed?|checked|ticked|purchased|finished|read|crossed off|ticked off|checked off|got)(?: (?:items|ones|todos|to-dos|tasks|entries|things))?$/i.exec(t)))
      return { verb: 'global', ctl: [m[1] + ' ' + m[2], 'clear ' + m[2]].concat(...['done', 'completed', 'checked', 'bought', 'purchased'].map((x) => [m[1] + ' ' + x, 'clear ' + x])), item: [] };
    const kindsOf = (x) => tokens(x).filter((w) => IT_KINDS.has(w) && !IT_MULTI.test(w));
    if ((m = /^([a-z-]+) (?:the |a |an |its )?([a-z]+(?: [a-z]+)?) (?:for|of|on) (.+)$/i.exec(t)) && /^[a-z]/.test(m[2]) && !tokens(m[2]).some((w) => IT_KINDS.has(w) || IT_LINK.has(w)) && IT_VERBS.test(m[1].toLowerCase()))
      return out('do', (p.use ? [p.use] : []).concat([m[1] + ' ' + m[2], m[2], m[1]]), m[3], { or: m[2] + ' ' + m[3] });
    if ((m = /^([a-z-]+) (.+)$/i.exec(t))) {
      const v = IT_VERB_FORMS[m[1].toLowerCase()] || m[1].toLowerCase();
      if (IT_NOT_VERBS.test(v) && !p.use) return null;
      if (!IT_VERBS.test(v) && !p.use) return null;
      const ctl = (p.use ? [p.use] : []).concat(IT_NOT_VERBS.test(v) ? [] : [v], IT_NOT_VERBS.test(v) ? [] : kindsOf(m[2]).map((k) => v + ' ' + k));
      return out('do', ctl, m[2]);
    }
    return null;
  }

  /* A quoted or bare value: the words, quotes off. */
  const IT_VAL = '(?:"([^"]+)"|\u201c([^\u201d]+)\u201d|\'([^\']+)\'|\u2018([^\u2019]+)\u2019|(.+?))';
  const itVal = (m, at) => { for (let i = at; i < at + 5; i++) if (m[i] != null) return m[i]; return null; };
  const IT_EDIT_VERB = '(?:change|edit|update|modify|correct|fix|amend|reword|alter|rewrite|retitle)';

  /* The words of an edit of an entry's text: {item, value} (the new text
   * whole) or {item, value, from} (the part "from" becomes value), else
   * null. */
  function itEditSaid(t) {
    let m;
    const tail = '(?: instead)?(?: please)?$';
    if ((m = new RegExp('^(?:rename|retitle) (.+?) (?:to|as) ' + IT_VAL + tail, 'i').exec(t)))
      return { item: m[1], value: itVal(m, 2) };
    if ((m = new RegExp('^replace ' + IT_VAL + ' (?:with|by) ' + IT_VAL + ' (?:in|of|on) (.+)$', 'i').exec(t)))
      return { item: m[11], from: itVal(m, 1), value: itVal(m, 6) };
    if ((m = new RegExp('^' + IT_EDIT_VERB + ' (.+?),? (?:so(?: that)? it (?:says|reads|shows|is)|to (?:say|read|show)|so it will (?:say|read)) ' + IT_VAL + '(?: instead of ' + IT_VAL + ')?' + tail, 'i').exec(t))) {
      const from = itVal(m, 7);
      return from != null ? { item: m[1], value: itVal(m, 2), from } : { item: m[1], value: itVal(m, 2) };
    }
    /* "change 'Buy milk' to 'Buy oat milk'": both quoted, as a name and a name */
    if ((m = new RegExp('^' + IT_EDIT_VERB + ' (?:the (?:\\w+ )?(?:entry|item|todo|to-do|task|one) )?("[^"]+"|\u201c[^\u201d]+\u201d|\'[^\']+\'|\u2018[^\u2019]+\u2019) (?:to|into) ' + IT_VAL + tail, 'i').exec(t)) && itVal(m, 2) != null && !/^\d+$/.test(itVal(m, 2)))
      return { item: m[1], value: itVal(m, 2) };
    return null;
  }

  /* The text a person double-clicks to edit an entry in place: the
   * smallest shown element of its own text that the words fit, in a
   * repeated item. {el} or {error}. */
  function itEditSpot(r, c) {
    const { keys, ordinal } = itKeys(r.item);
    if (!keys.some((k) => !k.kind)) return { error: 'say which entry to edit' };
    const quoted = keys.length === 1 && keys[0].quoted ? norm(keys[0].raw) : null;
    let found = [];
    for (const el of c.all()) {
      if (el.matches('button,a,input,select,textarea,option,script,style,[role=button]') || !isVisible(el, c)) continue;
      if (!Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\S/.test(n.data))) continue;
      const t = textOf(el, c);
      if (!t || t.length > 300 || !itItemUp(el, c)) continue;
      const f = quoted && norm(t) === quoted ? 1.2 : itFit(keys, el, c);
      if (f >= 0.6) found.push({ el, f });
    }
    if (!found.length) return { error: 'no entry on the page fits "' + clip(r.item.map((w) => w.raw).join(' '), 60) + '"' };
    const top = Math.max(...found.map((x) => x.f));
    found = found.filter((x) => x.f >= top - 0.05);
    found = found.filter((x) => !found.some((y) => y !== x && composedContains(x.el, y.el)));
    found.sort(byOrder(c));
    if (ordinal) {
      const i = ordinal > 0 ? ordinal - 1 : found.length + ordinal;
      return found[i] ? { el: found[i].el } : { error: 'there are only ' + found.length + ' entries that fit' };
    }
    if (found.length > 1) return { error: found.length + ' entries fit "' + clip(r.item.map((w) => w.raw).join(' '), 60) + '" alike; say which', cands: found.slice(0, 5).map((x) => candDesc(x.el, x.f, c)) };
    return { el: found[0].el };
  }

  /* "rename X to Y" where no control of the entry renames it: the entry's
   * text double-clicked, as lists that edit in place take it (the field
   * then typed in, itEditFollow). */
  function itEditInPlace(r, c, clause) {
    const spot = itEditSpot(r, c);
    if (spot.error) return { kind: 'item', score: spot.cands ? 0.5 : 0, actions: [], error: spot.error, cands: spot.cands };
    const old = collapse(textOf(spot.el, c));
    const st = { clause, r, picks: [], at: 0, waited: 0, acted: [], p: { without: [] },
      editing: { old, item: refOf(itItemUp(spot.el, c) || spot.el), spot: refOf(spot.el), waits: 0 } };
    return { kind: 'item', score: 0.95, actions: [{ act: 'dblclick', ref: refOf(spot.el), why: 'opens "' + clip(old, 60) + '" for editing' }], again: true, state: st, why: 'the entry edited in place' };
  }

  /* The round after the double click: the field it opened takes the new
   * text and Enter; the round after, the entry must read it. */
  function itEditFollow(st, c, fin, out) {
    const ed = st.editing, r = st.r;
    if (ed.value != null) {
      const shown = c.all().some((x) => isVisible(x, c) && !x.matches('input,textarea') && norm(textOf(x, c)) === norm(ed.value));
      if (!shown) return { kind: 'item', score: 1, actions: [], error: '"' + clip(ed.old, 60) + '" does not read "' + clip(ed.value, 60) + '" after the edit' };
      return fin('"' + clip(ed.old, 60) + '" now reads "' + clip(ed.value, 60) + '"');
    }
    const canType = (x) => x && isVisible(x, c) && isEditable(x);
    let box = deepActive();
    const it = deref(ed.item);
    if (!canType(box)) box = it ? Array.from(it.querySelectorAll('input,textarea,[contenteditable]')).find(canType) : null;
    if (!box) {
      if (ed.waits++ < 2) return out([], 'waits for the field that edits "' + clip(ed.old, 40) + '"');
      return { kind: 'item', score: 1, actions: [], error: 'double-clicking "' + clip(ed.old, 60) + '" opened no field to edit it' };
    }
    const now = collapse(box.value != null ? box.value : textOf(box, c)) || ed.old;
    let v = r.edit.value;
    if (r.edit.from != null) {
      const from = r.edit.from;
      const at = new RegExp('(^|[^\\p{L}\\p{N}])' + from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?=$|[^\\p{L}\\p{N}])', 'iu').exec(now);
      if (!at) return { kind: 'item', score: 1, actions: [], error: '"' + clip(now, 60) + '" has no "' + clip(from, 40) + '" to change' };
      v = now.slice(0, at.index + at[1].length) + r.edit.value + now.slice(at.index + at[0].length);
    }
    ed.value = v;
    return out([{ act: 'type', ref: refOf(box), value: v, why: 'the new text of "' + clip(ed.old, 40) + '"' },
      { act: 'press', value: 'Enter', why: 'keeps the edit' }], 'edits "' + clip(ed.old, 40) + '" in place');
  }

  function itNum(w) {
    const n = { a: 1, an: 1, one: 1, another: 1, two: 2, three: 3, four: 4, five: 5 }[String(w).toLowerCase()];
    return n || parseInt(w, 10) || 1;
  }

  /* The key words of the item: what is left once kinds and links go. */
  function itKeys(words) {
    const out = [];
    let ordinal = 0, multi = false;
    const kindAt = (w) => !!w && !w.quoted && IT_KINDS.has(stem(w.n || ''));
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const n = w.quoted ? norm(w.raw) : w.n;
      if (!n) continue;
      if (IT_ORD[n] != null && !w.quoted) { ordinal = IT_ORD[n]; continue; }
      if (IT_MULTI.test(n)) { multi = true; continue; }
      if (!w.quoted && (IP_FILLER.has(n) || IT_LINK.has(n))) continue;
      /* "the photos email": a kind before another kind is what the item
       * is about, a word of its name */
      if (kindAt(w) && !kindAt(words[i + 1])) { if (n !== stem(n) && n.length > 3) multi = true; out.push(Object.assign({}, w, { kind: true })); continue; }
      /* a number, date or time (ipWords' kind) names the item: no kind noun */
      out.push(w.kind ? Object.assign({}, w, { kind: false, type: w.kind }) : w);
    }
    return { keys: out, ordinal, multi };
  }

  /* the colour a person would call an element's background */
  function itColour(el, c) {
    let st;
    try { st = styleOf(el, c).backgroundColor; } catch (e) { return ''; }
    const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?/.exec(st || '');
    if (!m || (m[4] != null && +m[4] < 0.2)) return '';
    const [r, g, b] = [+m[1], +m[2], +m[3]];
    const mx = Math.max(r, g, b), mn = Math.min(r, g, b);
    if (mx - mn < 30) return mx > 200 ? 'white' : mx < 60 ? 'black' : 'grey gray';
    let h = mx === r ? ((g - b) / (mx - mn)) % 6 : mx === g ? (b - r) / (mx - mn) + 2 : (r - g) / (mx - mn) + 4;
    h = (h * 60 + 360) % 360;
    return h < 20 || h >= 340 ? 'red' : h < 45 ? 'orange' : h < 70 ? 'yellow' : h < 170 ? 'green' : h < 260 ? 'blue' : 'purple';
  }

  /* An item's text as a person reads it: a dropdown shows its chosen
   * option, not the others ("Jo Berg" offered in every row's Owner). */
  function itText(item, c) {
    const t = textOf(item, c) || '';
    const sels = item.querySelectorAll ? item.querySelectorAll('select') : [];
    if (!sels.length || t.length > 3000) return t;
    let out = ' ' + t + ' ';
    for (const sel of sels) {
      for (const o of sel.options) {
        if (o.selected) continue;
        const ot = collapse(o.text);
        if (!ot) continue;
        const at = out.indexOf(' ' + ot + ' ');
        if (at >= 0) out = out.slice(0, at) + out.slice(at + ot.length + 1);
      }
    }
    return collapse(out);
  }

  /* What an item says of itself: its text's words, and weaker, its class
   * words and colour ("the unread one", "the yellow bar"). */
  /* The shown text nodes of item, each apart. */
  function itTextApart(item, c) {
    const out = [];
    const w = (item.ownerDocument || document).createTreeWalker(item, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n && out.length < 400; n = w.nextNode()) {
      if (/\S/.test(n.data) && n.parentElement && isVisible(n.parentElement, c)) out.push(n.data);
    }
    return out.join(' ');
  }

  function itHave(item, c) {
    if (c.itHave && c.itHave.has(item)) return c.itHave.get(item);
    const text = itText(item, c);
    const own = new Set(tokens(text));
    /* shown words that touch across a tag ("Oluwaseun Adeyemi" then a
     * "Member" badge set apart by its margin: innerText "AdeyemiMember")
     * are words of their own too */
    if (text.length <= 2000) for (const t of tokens(itTextApart(item, c))) own.add(t);
    const extra = new Set(tokens(humanize([typeof item.className === 'string' ? item.className : '', item.id || '',
      item.getAttribute('aria-label') || '', itColour(item, c)].join(' '))));
    /* the heading it sits under (a day's column, an "Archived" section)
     * says of it too, weaker than its own words (25-verbs.js) */
    const head = vbHeading(item, c);
    for (const t of tokens(head)) extra.add(t);
    const h = { text, low: norm(text), own, extra, head: head ? { text: head, low: norm(head) } : null };
    (c.itHave = c.itHave || new Map()).set(item, h);
    return h;
  }

  /* How well an item holds the key words: 0..1 (kinds count only when said
   * by its class or text; a word the control's name holds is no item's). */
  function itFit(keys, item, c, skip) {
    return itFitH(keys, itHave(item, c), skip);
  }

  function itFitH(keys, h, skip) {
    if (!h.text || h.text.length > 2000) return 0;
    let got = 0, n = 0;
    for (const w of keys) {
      const ts = tokens(w.raw);
      if (!ts.length || (skip && ts.every((t) => skip.has(t)))) continue;
      /* "cookie" and "cookies" (stems cooky): one word */
      const rw = norm(w.raw);
      const near = rw.length >= 4 && !/\s/.test(rw) && h.low.split(' ').some((y) => y.length >= 4 && Math.abs(y.length - rw.length) <= 3 && (y.startsWith(rw) || rw.startsWith(y)));
      /* a key of letters and digits ("WEB-14") is one word: its parts apart
       * ("WEB-16 due 14 Dec") are not it */
      const code = ts.length > 1 && /^[\p{L}]+[-_/.#]?\d+$|^\d+[-_/.#]?[\p{L}]+$/u.test(w.raw);
      const hit = (!code && ts.every((t) => h.own.has(t))) || near || (' ' + h.low + ' ').includes(' ' + rw + ' ') || goalWordHit(rw, h);
      if (w.kind) { if (hit || ts.every((t) => h.extra.has(t))) { got += 0.3; n += 0.3; } continue; }
      const wt = w.quoted || /^[A-Z0-9]/.test(w.raw) || /\d/.test(w.raw) ? 1.5 : 1;
      n += wt;
      if (hit) got += wt;
      else if (ts.every((t) => h.extra.has(t)) || (h.head && goalWordHit(rw, h.head))) got += wt * 0.8;
      /* a typo of a word: of each word of a name of several ("Cookie
       * consent copy" is no label "Content") */
      else if (ts.some((t) => t.length >= 4 && Array.from(h.own).some((x) => tokenEq(t, x) > 0 && tokenEq(t, x) < 1)) &&
        (ts.length === 1 || ts.every((t) => h.own.has(t) || Array.from(h.own).some((x) => tokenEq(t, x) > 0)))) got += wt * 0.6;
      else if (ts.every((t) => t.length >= 5 && Array.from(h.extra).some((x) => x.length >= 4 && t.startsWith(x)))) got += wt * 0.6;
    }
    return n ? got / n : 0;
  }

  /* The smallest part of the page around el that holds the key words: a
   * row, card, message, paragraph; null when only a list of items does. */
  function itItemOf(el, keys, c, skip) {
    let best = null;
    for (let n = parentOf(el), up = 0; n && n.nodeType === 1 && up < 8; n = parentOf(n), up++) {
      if (n.localName === 'body' || n.localName === 'html') break;
      const h = itHave(n, c);
      if (!h.text) continue;
      if (h.text.length > 1500) break;
      /* the control's own words ("Victor Hugo" chosen in an Owner
       * dropdown) do not name the item it is in */
      if (h.text === itText(el, c) || h.text === collapse(el.localName === 'select' && el.selectedOptions[0] ? el.selectedOptions[0].text : '')) continue;
      const s = keys.length ? itFit(keys, n, c, skip) : 0;
      if (s >= 0.6) {
        /* a layout box around a side bar and a list: the words name one of
         * the list's items, not the box the side bar's control is in. A box
         * among like ones (a card of a grid) is an item itself: its like
         * lines (an e-mail "marcus.bell@...", a team) are its fields. */
        if (!itAmongLike(n) && itUnitsFit(n, keys, c, skip).some((u) => !composedContains(u.parentElement, el))) break;
        /* ... nor the list around a row the words name: another row of it
         * with controls of its own ("the single kayak" is not the row of
         * the two-seater's "Notify me") */
        if (itPeerNamed(n, el, keys, c, skip)) break;
        best = { it: n, s };
        break;
      }
      /* one item in two rows (a story's title row, then its row of links):
       * the row before, of another kind and with no such control, holds
       * the words */
      const prev = n.previousElementSibling;
      if (prev && prev.localName === n.localName && itOtherKind(prev, n) &&
          !Array.from(prev.querySelectorAll('*')).some((x) => x.localName === el.localName && norm(ipName(x, c)) === norm(ipName(el, c)))) {
        const a = itHave(prev, c), b = itHave(n, c);
        const s2 = itFitH(keys, { text: a.text + ' ' + b.text, low: a.low + ' ' + b.low, own: new Set([...a.own, ...b.own]), extra: new Set([...a.extra, ...b.extra]) }, skip);
        if (s2 >= 0.6) { best = { it: n, s: s2 }; break; }
      }
    }
    return best;
  }

  /* Are two siblings of other kinds by their classes ("athing" and its
   * links row), not one kind in two states ("TodoItem" and "TodoItem
   * is-completed")? */
  function itOtherKind(a, b) {
    const ca = typeof a.className === 'string' ? a.className.split(/\s+/).filter(Boolean) : [];
    const cb = typeof b.className === 'string' ? b.className.split(/\s+/).filter(Boolean) : [];
    return ca.join(' ') !== cb.join(' ') && !ca.some((x) => cb.includes(x));
  }

  /* Does box n hold, beside the part of it that holds el, a like part
   * (same tag and class) that the words fit and that has a control of
   * el's kind of its own? Then the words name that part, not n. */
  function itPeerNamed(n, el, keys, c, skip) {
    let mine = el;
    while (mine && parentOf(mine) !== n) mine = parentOf(mine);
    if (!mine || mine.nodeType !== 1) return false;
    const cls = typeof mine.className === 'string' ? mine.className : '';
    for (const k of kidsOf(n)) {
      if (k === mine || k.localName !== mine.localName || (typeof k.className === 'string' ? k.className : '') !== cls) continue;
      if (itFit(keys, k, c, skip) >= 0.6 && Array.from(k.querySelectorAll(el.localName)).some((x) => itIsControl(x, c))) return true;
    }
    return false;
  }

  /* Is n one of like siblings (same tag and class), as a list's items are? */
  function itAmongLike(n) {
    const p = n.parentElement;
    if (!p) return false;
    const cls = typeof n.className === 'string' ? n.className : '';
    let like = 0;
    for (const k of p.children) if (k.localName === n.localName && (typeof k.className === 'string' ? k.className : '') === cls && ++like > 1) return true;
    return false;
  }

  const IT_OWN_CONTROLS = 'button,input,select,textarea,[role=button],[role=checkbox],[role=switch],[role=spinbutton]';
  /* The units of n that the words fit, each one of like siblings (a list's
   * items): memoised per box and words, as every control of a page may
   * climb to the same box. */
  function itUnitsFit(n, keys, c, skip) {
    const memo = c.itUnits || (c.itUnits = new WeakMap());
    let byBox = memo.get(keys);
    if (!byBox) memo.set(keys, (byBox = new Map()));
    if (byBox.has(n)) return byBox.get(n);
    const out = [];
    for (const x of n.querySelectorAll('*')) {
      const p = x.parentElement;
      if (!p || p === n || !isVisible(x, c)) continue;
      /* a control named for the item ("More Chickpeas", "Less Chickpeas"
       * beside its box) is one of the item's own, not another item */
      if (x.matches(IT_OWN_CONTROLS)) continue;
      if (itAmongLike(x) && itFit(keys, x, c, skip) >= 0.6) out.push(x);
    }
    byBox.set(n, out);
    return out;
  }

  /* The repeated item around el when no words name it ("the last
   * message"): a row, list entry or card, or a box among like siblings. */
  function itItemUp(el, c) {
    for (let n = parentOf(el), up = 0; n && n.nodeType === 1 && up < 8; n = parentOf(n), up++) {
      if (n.localName === 'body' || n.localName === 'html') break;
      if (n.matches(IP_ITEM_SEL) && n.localName !== 'section' && n.localName !== 'fieldset') return n;
      /* a dialog, banner or toast is one thing of its own */
      if (n.matches('dialog,[role=dialog],[role=alertdialog],[aria-modal=true],[role=alert],[role=status]') || /^(fixed|sticky)$/.test(styleOf(n, c).position)) return n;
      const p = n.parentElement;
      if (!p || !isVisible(n, c)) continue;
      const cls = typeof n.className === 'string' ? n.className : '';
      let like = 0;
      for (const k of kidsOf(p)) if (k.localName === n.localName && (typeof k.className === 'string' ? k.className : '') === cls) like++;
      if (like >= 2 && textOf(n, c).length > 0) return n;
    }
    return null;
  }

  /* Is el hidden the way hover controls are: in a small hidden box of
   * icons and buttons inside a shown item (not in a collapsed folder or
   * a closed section, whose hidden box holds names and text)? */
  function itHoverHidden(el, it, c) {
    let top = el;
    for (let n = parentOf(el); n && n !== it && n.nodeType === 1; n = parentOf(n)) if (!isVisible(n, c)) top = n;
    return collapse(top.textContent || '').length <= 40;
  }

  /* A picked item again after the page drew it anew, by its words. */
  function itSig(it, c) {
    return norm(itText(it, c)).replace(/\d+/g, '').replace(/\s+/g, ' ').trim();
  }

  function itRefind(st, c) {
    const pick = st.picks[st.at];
    const el = deref(pick.el), it = deref(pick.it);
    if (el && it && el.isConnected && it.isConnected) return { el, it };
    const found = itCandidates(st.r, c, st.p.without).filter((f) => itSig(f.it, c) === pick.sig && f.act === pick.act);
    if (found.length !== 1) return null;
    pick.el = refOf(found[0].el);
    pick.it = refOf(found[0].it);
    return { el: found[0].el, it: found[0].it };
  }

  /* The controls of a part of the page, hidden ones too (shown on hover). */
  function itControls(root, c) {
    return [root].concat(Array.from(root.querySelectorAll('*'))).filter((el) => itIsControl(el, c));
  }

  function itIsControl(el, c) {
    if (!el.matches || el.localName === 'label' || isDisabled(el)) return false;
    return el.matches('select,input[type=checkbox],input[type=radio],[role=checkbox],[role=switch],input[type=number],[role=spinbutton]') ||
      (el.matches(IP_CLICKABLE) && !(el.localName === 'input' && !/^(button|submit|image|reset)$/.test(el.type))) || isClickable(el, c) ||
      vbIconControl(el, c);
  }

  function itShown(el, c) {
    return isVisible(el, c) || (isCheckable(el) && isVisible(checkLabelOrSelf(el, c), c));
  }

  /* How well control el fits the control words: 0..1 */
  function itCtlScore(el, phrases, c, avoid) {
    if (el.localName === 'select' || el.matches('input[type=number],[role=spinbutton]')) return 0;
    let s = 0;
    const names = sources(el, c).filter(([, w]) => w >= 0.85).map(([t]) => tokens(t));
    for (let k = 0; k < phrases.length; k++) {
      s = Math.max(s, matchEl(phrases[k], el, c)[0] * (k ? 0.97 : 1));
      /* "pin" is the button "Pin to channel": its name begins with the words */
      const pt = tokens(phrases[k]);
      if (pt.length && names.some((nt) => nt[0] === pt[0] && pt.every((w) => nt.includes(w)) && nt.length <= pt.length + 3)) s = Math.max(s, 0.8 * (k ? 0.97 : 1));
      /* "star" is "Add to starred" */
      if (pt.length === 1 && pt[0].length >= 4 && names.some((nt) => nt.length <= 4 && nt.some((w) => w !== pt[0] && w.startsWith(pt[0]) && w.length <= pt[0].length + 3))) s = Math.max(s, 0.72);
    }
    if (avoid && avoid.length && avoid.some((a) => a && matchEl(a, el, c)[0] >= 0.7)) return 0;
    return s;
  }

  function itIsMenu(el, c) {
    const pop = el.getAttribute('aria-haspopup');
    const nm = norm(ipName(el, c));
    /* a popup of values (a listbox, a tree, a grid: "Any room \u25be") is a
     * picker of a form, not the item's actions */
    if (/^(listbox|tree|grid)$/i.test(pop || '') || attrRole(el) === 'combobox') return IT_MENU.test(nm) || IT_MENU_WORD.test(nm);
    if (pop && pop !== 'false') return true;
    /* a hover-only "⋯" has no rendered text yet: its glyph still says it;
     * "Card actions", "Row options" name a menu of the item's */
    const shown = collapse(textOf(el, c) || el.textContent || '');
    if (IT_MENU.test(nm) || IT_MENU.test(shown)) return true;
    if (/^(?:\w+ ){1,2}(?:actions|options|menu)$/.test(nm) && vbIconSized(el, c) && collapse(el.textContent || '').length <= 3) return true;
    /* "Manage \u25be", "Actions" that says whether it is expanded: a word of
     * managing with a caret or a popup state opens the item's menu (not a
     * picker's "Full head colour \u25be", which shows its value) */
    const caret = /[\u25be\u25bc\u2304\u02c5\u23f7]$/.test(shown);
    const word = nm.replace(/[^a-z ]/g, '').trim();
    if ((caret || el.getAttribute('aria-expanded') != null) && (IT_MENU.test(word) || IT_MENU_WORD.test(word))) return true;
    if (caret && IT_MENU_CARET_WORD.test(word)) return true;
    /* a card's icons are its controls', not its own */
    return vbIconSized(el, c) && (iconWords(el, c).includes('more') || iconWords(el, c).includes('menu'));
  }

  /* The items that fit the words, each with its control:
   * [{it, s, ctl, act, value?, fit}] best first. */
  function itCandidates(r, c, avoid) {
    const { keys } = itKeys(r.item);
    const found = [];
    const seen = new Set();
    const consider = (el, cs, act, value, menu) => {
      /* the item: the smallest part around the control that holds the words */
      const skip = new Set(tokens(r.ctl.join(' ')));
      /* a card that opens when clicked is an item of its own */
      const self = act === 'card' ? itFit(keys, el, c) : 0;
      const got = keys.some((k) => !k.kind) ? (self >= 0.6 ? { it: el, s: self } : null) || itItemOf(el, keys, c, skip) || (r.goal ? goalPageItem(el, keys, c) : null) : null;
      if (got && r.fam && goalIsList(el, got.it, c)) return;
      if (keys.some((k) => !k.kind) && !got) return;
      const it = got ? got.it : itItemUp(el, c);
      if (!it) return;
      /* a menu of one item among like ones ("⋯" on a row), not a page's
       * own drop-down (a filter's "Any location ▾") */
      if (menu && !itItemUp(el, c)) return;
      /* a control hidden with its whole item (a wizard's later step) is
       * not one a hover shows */
      if (!itShown(el, c) && (!isVisible(it, c) || !itHoverHidden(el, it, c))) return;
      const key = refOf(el);
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ el, it, fit: got ? got.s : 0, cs, act, value, menu });
    };
    /* every frame and open shadow root of the page */
    for (const el of c.all().filter((x) => itIsControl(x, c))) {
      if (el.closest && el.closest('[role=menu]') && !isVisible(el, c)) continue;
      const shown = itShown(el, c);
      if (!shown && !el.closest('[class*=hover],[class*=tools],[class*=actions],[class*=toolbar],[class*=bar]') && styleOf(el, c).display === 'none') continue;
      const g = itGrade(el, r, c, avoid);
      if (g) consider(el, g.s, g.act, g.value, false);
      else if (itIsMenu(el, c) && r.verb !== 'qty' && r.verb !== 'tick') consider(el, 0.5, 'menu', null, true);
    }
    return found;
  }

  /* Does control el do what the words ask? {s, act, value?} or null */
  function itGrade(el, r, c, avoid) {
    const checkable = isCheckable(el);
    if (r.verb === 'react') {
      const s = itEmojiScore(el, r.emoji, c);
      if (s >= 0.8) return { s, act: 'click' };
      const nm = norm(ipName(el, c) + ' ' + (el.getAttribute('title') || ''));
      if (/\b(react|reaction|reactions|emoji|add reaction)\b/.test(nm) || /^\u{1F642}\+?$|^\u{1F600}\+?$|^\u263A/u.test(collapse(textOf(el, c)))) return { s: 0.7, act: 'picker' };
      return null;
    }
    if (r.verb === 'qty') {
      if (el.matches('input[type=number],[role=spinbutton]')) return r.to != null ? { s: 0.75, act: 'type', value: String(r.to) } : { s: 0.6, act: 'stepper' };
      const iw = iconWords(el, c), nm = norm(ipName(el, c));
      /* "Add to basket" adds the item: no step of its count */
      const adds = /\b(cart|basket|bag|trolley|order|list|wishlist)\b/.test(nm);
      const up = (iw.includes('add') && !adds) || /^(increase|increment|plus|add one|more|\+|up)$/.test(nm) || collapse(textOf(el, c)) === '+';
      const down = iw.includes('minus') || /^(decrease|decrement|minus|remove one|less|fewer|down)$/.test(nm) || /^[\u2212-]$/.test(collapse(textOf(el, c)));
      if (up || down) return { s: 0.8, act: up ? 'plus' : 'minus' };
      return null;
    }
    if (r.verb === 'tick' || (r.verb === 'set' && /^(done|bought|purchased|got|complete|completed|finished|ticked|checked)$/i.test(r.value || ''))) {
      if (checkable) return { s: 0.9, act: 'check' };
      if (r.verb === 'tick') return null;
    }
    if (r.verb === 'set') {
      const v = r.value;
      if (el.localName === 'select') {
        const o = bestOption(el, v);
        /* "Alex" names the option "Alex Kim": every word of it */
        const words = o.opt ? tokens(v).every((w) => tokens(o.opt.text).includes(w)) : false;
        if (o.score < 0.8 && !(words && o.score >= 0.5)) return null;
        const fld = r.field ? Math.max(matchEl(r.field, el, c)[0], ...r.field.split(' ').map((f) => matchEl(f, el, c)[0])) : 0;
        return { s: o.score * 0.95 + (fld >= 0.7 ? 0.05 : 0), act: 'select', value: collapse(o.opt.text) };
      }
      if (checkable) {
        const s = matchEl(v, el, c)[0];
        return s >= 0.7 ? { s, act: 'check' } : null;
      }
      const s = Math.max(matchEl(v, el, c)[0], matchEl('mark as ' + v, el, c)[0], matchEl('mark ' + v, el, c)[0], matchEl('set ' + v, el, c)[0]);
      if (s >= 0.7 && !(avoid && avoid.some((a) => a && matchEl(a, el, c)[0] >= 0.7))) return { s, act: 'click' };
      return null;
    }
    if (el.localName === 'select' || checkable || el.matches('input[type=number],[role=spinbutton]')) return null;
    /* a field takes a value; it does no verb ("request" is not the Telephone box under "Request an appointment") */
    if (isTextInput(el) || isEditable(el) || el.localName === 'textarea') return null;
    /* "open the card PRN-14": a card that opens when clicked, by its words */
    if (r.fam && r.fam.has('open') && vbCard(el, c) && itFit(itKeys(r.item).keys, el, c) >= 0.6) return { s: 0.8, act: 'card' };
    let s = itCtlScore(el, r.ctl, c, avoid);
    /* a bare "add the poles" adds them to the cart, not to a wish list:
     * "Add to wishlist" (♡) says a keeping in its object (25-verbs.js),
     * and loses to "Add to cart" that begins with the same word */
    if (s >= 0.7 && r.ctl.length === 1 && /^add$/i.test(r.ctl[0])) {
      const f = goalElFams(el, c);
      if ((f.get('save') || 0) >= 0.9 && !f.has('acquire')) s *= 0.9;
    }
    if (r.fam && s < 0.78 && !(avoid && avoid.some((a) => a && matchEl(a, el, c)[0] >= 0.7))) s = Math.max(s, goalRel(r, el, c));
    /* the thing asked for is a word of a short control name ("Get a quote") */
    if (r.thing && s < 0.78 && tokens(ipName(el, c)).length <= 4 && tokens(ipName(el, c)).some((t) => tokenEq(t, stem(r.thing)) > 0 || t === r.thing)) s = 0.78;
    return s >= 0.7 ? { s, act: 'click' } : null;
  }

  /* The one (or, for "both" and "all", every) item the words name. */
  function itChoose(r, found, c) {
    found = found.slice();
    if (r.not && r.not.length) found = found.filter((f) => !goalExcluded(r.not, f.it, c));
    const { keys, ordinal, multi } = itKeys(r.item);
    if (!found.length) return { error: 'no control in an item fits "' + clip(r.ctl.join(' / ') || r.verb, 60) + '"' };
    /* a part that holds another's item is a list of them, not an item */
    found = found.filter((f) => !found.some((g) => g.it !== f.it && composedContains(f.it, g.it)));
    const real = found.filter((f) => !f.menu);
    /* a control in the item beats the item's menu, unless only menus fit */
    let pool = real.length ? real : found;
    if (keys.some((k) => !k.kind)) {
      const fits = (f) => f.fit;
      const top = Math.max(...pool.map(fits));
      if (real.length && found.some((f) => f.menu && f.fit > top + 0.1)) pool = found.filter((f) => f.menu);
      const tp = Math.max(...pool.map(fits));
      pool = pool.filter((f) => f.fit >= tp - 0.05);
      /* rows alike: the one the words begin ("Victor" is Victor Hugo's row,
       * not the row whose owner he is) */
      const lead = norm(keys.filter((k) => !k.kind).map((k) => k.raw).join(' '));
      const heads = new Set(pool.filter((f) => (norm(itText(f.it, c)) + ' ').startsWith(lead.split(' ')[0] + ' ')).map((f) => f.it));
      if (heads.size >= 1 && heads.size < new Set(pool.map((f) => f.it)).size && !multi) pool = pool.filter((f) => heads.has(f.it));
    }
    /* one control per item: the best of them */
    const byItem = new Map();
    for (const f of pool) {
      const k = f.it;
      const o = byItem.get(k);
      if (!o || f.cs > o.cs) byItem.set(k, f);
    }
    let items = Array.from(byItem.values());
    /* an item inside another: the inner one */
    items = items.filter((f) => !items.some((g) => g !== f && g.it !== f.it && composedContains(f.it, g.it) && g.el === f.el));
    const bestCs = Math.max(...items.map((f) => f.cs));
    items = items.filter((f) => f.cs >= bestCs - 0.08);
    items.sort((a, b) => (a.it.compareDocumentPosition(b.it) & 4 ? -1 : 1));
    if (ordinal) {
      const i = ordinal > 0 ? ordinal - 1 : items.length + ordinal;
      if (i < 0 || i >= items.length) return { error: 'there are only ' + items.length + ' items with "' + clip(r.ctl.join(' ') || r.verb, 40) + '"' };
      return { pick: [items[i]] };
    }
    const ext = items.length > 1 && r.sup ? goalExtreme(items, r.sup, c) : null;
    if (ext) items = [ext];
    if (items.length === 1 || r.multiWord || multi || (r.item.length && /s$/i.test(r.item[r.item.length - 1].raw) && itKeys(r.item).multi)) {
      if (items.length > 1 && !multi && !r.multiWord && !itKeys(r.item).multi) return { error: 'ambiguous', items };
      return { pick: items };
    }
    return { error: items.length + ' items fit "' + clip(r.item.map((w) => w.raw).join(' '), 60) + '" alike; say which (a name, a word of it, or "the first")', items };
  }

  /* The one button, radio or option the words name whole ("Row C, seat
   * 7", a seat of a map, over Row A's seat 7), or null. */
  function itWholeControl(said, c) {
    if (!said) return null;
    const xs = [];
    for (const x of c.all()) {
      if (!/^(button|radio|option|checkbox|gridcell|switch|menuitemradio)$/.test(roleOf(x))) continue;
      const s = matchEl(said, x, c)[0];
      if (s >= 0.8 && isVisible(x, c)) xs.push({ x, s });
    }
    xs.sort((a, b) => b.s - a.s);
    return xs.length && (xs.length === 1 || xs[0].s - xs[1].s >= 0.1) ? xs[0].x : null;
  }

  /* Reading 3: a control in the item the words name. */
  function ipReadItems(ws, c, clause, probe, read) {
    const p = itParse(clause);
    /* a reading step said with a verb of reading ("get the text of the
     * status", "get all links") asks for no goal on an item; one the rules
     * read as reading but said with a verb of doing ("grab a seat for the
     * 18:00 session", "show the Cats board") still may */
    p.read = !!read && /^(?:(?:please|now|then|and)\s+)*(?:get(?! rid\b)|read|tell|extract|list|return|fetch|scrape|copy|print|give me|find out|what|which|how|who|whom|whose|when|where|why|until|till|is|are|does|do|did|can)\b/i.test(clause.trim()) || (!!read && /\?\s*$/.test(clause));
    /* "cancel", "confirm" alone, a dialog open: its answer of that kind */
    const alone = /^\s*(?:(?:press|click|hit|choose|pick|select) )?(?:the )?"?(cancel|confirm|ok|okay|yes|no|keep it|never ?mind|go back)"?(?: button)?(?: (?:in|on) (?:the )?(?:dialog|confirmation|popup|prompt|modal|window)(?: box)?)?\s*$/i.exec(clause);
    if (alone && !p.after) p.after = { mode: /^(cancel|no|keep it|never ?mind|go back)$/i.test(alone[1]) ? 'cancel' : 'confirm' };
    if (alone) p.text = '';
    const dlg0 = p.after && (p.after.mode === 'type' || p.after.mode === 'confirm' || (alone && p.after.mode === 'cancel')) ? itDialog(c, null) : null;
    if (dlg0 && (!p.text || /^(?:and |then )?(?:delete|remove|destroy|confirm|do it|proceed|finish)?(?: it| this| that| them)?(?: forever| permanently| for good)?$/i.test(p.text))) {
      /* "typing acme-prod to confirm" with the dialog already open */
      const st = { clause, r: { verb: 'dialog', ctl: [], item: [] }, after: p.after, picks: [], at: 0, waited: 0, acted: [], p };
      ipState.item = null;
      const first = itFollowDialog(st, dlg0, c);
      if (first.error) return { kind: 'item', score: 0, actions: [], error: first.error };
      return Object.assign(first, { kind: 'item', score: 0.95, state: st, why: 'the open dialog' });
    }
    /* a step the rules read keeps its comparison; a clause only the page
     * reads takes "the latest message" as the last */
    if (probe && IT_SUPER.test(p.text)) return null;
    const sw = p.read ? null : goalSwitch(p, c);
    if (sw) return sw;
    const g = p.read ? null : goalRead(p);
    const r = g && g.strong ? g : itRead(p) || g;
    if (r && r.verb === 'do' && g && r !== g) r.fam = g.fam;
    if (r) r.not = p.not;
    if (r && r.verb === 'global') return itGlobal(r, c, clause);
    /* an entry's text: by its own control when it has one, else in place */
    if (r && r.edit && (r.edit.from != null || itChoose(r, itCandidates(r, c, p.without), c).error)) return itEditInPlace(r, c, clause);
    /* "open the New issue tab" names a control; "take the Thursday Statistics
     * section" an item, by a verb of a family other than opening */
    const roleTail = r && r.verb === 'do' && IT_ROLE_TAIL.test(r.item.map((w) => w.raw).join(' '));
    if (roleTail && !(r.fam && r.fam.size && !r.fam.has('open'))) return null;
    if (r && r.fam) { r.sup = goalSup(r); goalTrim(r, c); }
    /* "rent the scooter with the highest charge": the item a field
     * compared picks (13-superlatives.js), among those the words fit */
    if (r && !r.sup) r.sup = superlativeOf(' ' + collapse(clause).toLowerCase() + ' ');
    /* "raise the quantity to 3" names no item: the one item with a
     * quantity to set, or none (itChoose says how many fit) */
    if (!r || (!r.item.length && r.verb !== 'qty')) return null;
    if (!r.ctl.length && r.verb === 'do') return null;
    const avoid = p.without.concat(r.verb === 'set' ? [] : []);
    let found = itCandidates(r, c, avoid);
    let ch = itChoose(r, found, c);
    const cut = ch.error && !(ch.items && ch.items.length > 1) ? vbKindCut(r, c) : null;
    if (cut) {
      /* "the episode about bees" where no row says "episode": the kind of
       * item, not which one (25-verbs.js) */
      r.item = cut;
      found = itCandidates(r, c, avoid);
      ch = itChoose(r, found, c);
    }
    /* "notify me when it is back" on the item's own page: the page's one
     * control that does it */
    const only = ch.error && r.goal && vbPronoun(r.item) ? vbOnlyControl(r, c, avoid) : null;
    if (only) ch = { pick: [only] };
    /* "open the booking form for the Garden Loft": no control is named
     * "booking"; the item's one button opens its form (25-verbs.js) */
    const opener = ch.error && r.form && !(ch.items && ch.items.length > 1) ? vbFormOpener(r, c) : null;
    if (opener) ch = { pick: [opener] };
    /* "add the ingredients to my shopping list": the one control named
     * "Add to shopping list" over a "+" that fits the words' item better */
    const dest = r.dest ? vbDestControl(r, c, avoid) : null;
    if (dest && (ch.error || !ch.pick.some((f) => f.el === dest.el))) ch = { pick: [dest] };
    if (ch.error && r.or) {
      /* "print the label for X": the label may be the item's own words */
      const r2 = Object.assign({}, r, { ctl: [r.ctl[r.ctl.length - 1]], item: ipWords(r.or) });
      const ch2 = itChoose(r2, itCandidates(r2, c, avoid), c);
      if (!ch2.error) ch = ch2;
    }
    /* the item sits in a panel not shown, under a tab its words name
     * ("Wednesday" where the days are tabs): that tab first (25-verbs.js) */
    const tab = !p.read && !probe && (ch.error || Math.min(...ch.pick.map((f) => f.fit)) < 0.95) ? vbTabFor(r, c) : null;
    if (tab) {
      /* below the readings' least: the reveal reading goes first (15-interpret.js) */
      return { kind: 'item', score: 0.7, tabReveal: true, again: true, actions: [{ act: 'click', ref: refOf(tab), why: 'shows the tab "' + clip(ipName(tab, c), 40) + '", where the item is' }],
        why: 'the tab the item is under' };
    }
    if (ch.error && r.ctl.some((x) => /^(download|open|view|show|get|save)$/.test(x)) && !(r.goal && r.fam.size && !r.fam.has('open'))) {
      /* "download INV-0042.pdf": the link the item's words name */
      const named = itNamed(r, c);
      if (named) return named;
    }
    if (ch.error && r.fam && !(ch.items && ch.items.length > 1)) {
      /* no control of the item does it: its own page may */
      const o = goalOpenItem(r, c, p, clause, probe);
      if (o) return o;
    }
    /* the item is further down a list that loads as one scrolls (25-verbs.js) */
    const more = ch.error && !probe && !p.read && !(ch.items && ch.items.length) ? vbLoadFor(r, c) : null;
    if (more) return more;
    if (ch.error) {
      const cands = (ch.items || []).slice(0, 5).map((f) => candDesc(f.it, f.fit, c));
      const tie = !!(ch.items && ch.items.length > 1 && ch.items.every((f) => f.fit >= 0.9 && f.cs >= 0.8));
      return { kind: 'item', score: ch.items ? 0.5 : 0, actions: [], tie, error: ch.error === 'ambiguous' ? (ch.items.length + ' items fit the words alike; say which, or "both" / "all"') : ch.error, cands };
    }
    const picks = ch.pick;
    const keys = itKeys(r.item).keys;
    const fit = keys.some((k) => !k.kind) ? Math.min(...picks.map((f) => f.fit)) : 0.9;
    const score = goalScore(r, Math.min(1, 0.55 * fit + 0.45 * Math.min(...picks.map((f) => f.cs)) + 0.1));
    const first = picks[0];
    /* "select Row C, seat 7": words that name a button, radio or option
     * whole are that control, not an item around it whose control fits
     * the verb's goal ("Book tickets" of the page, once the text of a seat
     * map in a shadow root is the page's too) */
    if (r.goal && !p.read) {
      const x = itWholeControl(r.item.map((w) => w.raw).join(' '), c);
      if (x && x !== first.el && composedContains(first.it, x) && !composedContains(x, first.el)) return null;
    }
    /* "rate Harbour Lights 4 stars" with no stars in sight: the control
     * opens the rating, answered in the dialog (itFollowDialog) */
    const soft = r.after || p.after ? null : vbSoftAfter(r) || (ipState.soft && rtSaid(clause) ? { mode: 'confirm', soft: true, fams: new Set() } : null);
    if (soft) { const d0 = itDialog(c, null); soft.before = d0 ? refOf(d0) : null; }
    const st = { clause, r, after: r.after || p.after || soft, picks: picks.map((f) => ({ el: refOf(f.el), it: refOf(f.it), sig: itSig(f.it, c), menu: !!f.menu, act: f.act, value: f.value })), at: 0, waited: 0, acted: [], p };
    const acts = itActs(first, r, c, st);
    if (!acts) return { kind: 'item', score: 0, actions: [], error: 'the control in "' + clip(textOf(first.it, c), 60) + '" cannot be used' };
    return { kind: 'item', score, actions: acts.actions, again: true, el: first.el, it: first.it, state: st, option: !!acts.option,
      why: 'a control in the item the words name', cands: picks.slice(0, 5).map((f) => candDesc(f.it, f.fit, c)) };
  }

  /* A control of the page, not of an item ("Clear done"). */
  function itGlobal(r, c, clause) {
    let best = null, bs = 0, second = 0;
    for (const el of ipClickables(c)) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      let s = 0;
      for (const ph of r.ctl) s = Math.max(s, matchEl(ph, el, c)[0]);
      if (s > bs) { second = bs; bs = s; best = el; } else if (s > second) second = s;
    }
    if (!best || bs < 0.75 || second > bs - 0.02) return null;
    return { kind: 'item', score: Math.min(1, bs + 0.05), actions: [{ act: 'click', ref: refOf(best), why: '"' + clip(ipName(best, c), 40) + '" for "' + clip(clause, 60) + '"' }], why: 'the list\'s own control' };
  }

  /* "download INV-0042.pdf", "open the Q3 deck": the link or button the
   * item's own words name. */
  function itNamed(r, c) {
    const { keys } = itKeys(r.item);
    const want = keys.filter((k) => !k.kind).map((k) => k.raw).join(' ');
    if (!want) return null;
    let best = null, bs = 0, second = 0;
    for (const el of ipClickables(c)) {
      if (!isVisible(el, c)) continue;
      const s = matchEl(want, el, c)[0];
      if (s > bs) { second = bs; bs = s; best = el; } else if (s > second) second = s;
    }
    if (!best || bs < 0.85 || second > bs - 0.02) return null;
    /* a wide row or tree item: its words, where a person clicks, not its empty middle */
    const txt = norm(textOf(best, c));
    let at = best;
    for (const x of best.querySelectorAll('*')) if (isVisible(x, c) && norm(textOf(x, c)) === txt) at = x;
    return { kind: 'item', score: bs, actions: [{ act: 'click', ref: refOf(at), why: '"' + clip(ipName(best, c), 60) + '" (' + r.verb + ')' }], why: 'the thing named' };
  }

  /* What to do to one picked item's control: hover it first when it shows
   * only on hover; open its menu; step a quantity. */
  function itActs(f, r, c, st) {
    const el = f.el;
    const name = ipName(el, c) || textOf(el, c) || el.getAttribute('title') || el.localName;
    const where = ' in "' + clip(textOf(f.it, c), 60) + '"';
    if (!itShown(el, c)) {
      st.hovered = (st.hovered || 0) + 1;
      if (st.hovered > 2) return null;
      return { actions: [{ act: 'hover', ref: refOf(f.it), why: 'shows the controls of "' + clip(textOf(f.it, c), 60) + '"' }] };
    }
    st.hovered = 0;
    /* an item whose hover shows more controls: hovered first, so nothing
     * moves under the click */
    if (!st.steady && itControls(f.it, c).some((x) => !itShown(x, c) && isVisible(f.it, c))) {
      st.steady = true;
      st.hovered = 1;
      return { actions: [{ act: 'hover', ref: refOf(f.it), why: 'shows the controls of "' + clip(textOf(f.it, c), 60) + '"' }] };
    }
    if (f.menu || f.act === 'menu') {
      st.menu = refOf(el);
      /* what shows after the click is the menu, whatever its markup */
      st.before = new WeakSet(ipClickables(c).filter((x) => isVisible(x, c)));
      return { actions: [{ act: 'click', ref: refOf(el), why: 'opens the menu "' + name + '"' + where }] };
    }
    if (f.act === 'picker') {
      st.picker = true;
      return { actions: [{ act: 'click', ref: refOf(el), why: 'opens the reactions of' + where.slice(3) }] };
    }
    if (f.act === 'select') return { actions: [{ act: 'select', ref: refOf(el), value: f.value, label: ipName(el, c), why: '"' + f.value + '" in the dropdown' + where }] };
    if (f.act === 'check') {
      const on = !(r.value && /^(unread|not done|undone|not bought)$/i.test(r.value));
      if (checkedOf(el) === on) return { actions: [], done: true };
      return { actions: [{ act: on ? 'check' : 'uncheck', ref: refOf(checkLabelOrSelf(el, c)), why: 'the box "' + name + '"' + where }] };
    }
    if (f.act === 'type') return { actions: [{ act: 'type', ref: refOf(el), value: f.value, why: 'the quantity' + where }] };
    if (f.act === 'plus' || f.act === 'minus' || f.act === 'stepper') {
      const now = itQty(f.it, c);
      if (now == null) return null;
      if (st.target == null) st.target = r.to != null ? r.to : now + (r.by || 0);
      if (now === st.target) return { actions: [], done: true };
      const inp0 = itControls(f.it, c).find((x) => x.matches('input[type=number],[role=spinbutton]') && isVisible(x, c));
      if (inp0 && Math.abs(now - st.target) > 10) return { actions: [{ act: 'type', ref: refOf(inp0), value: String(st.target), why: 'the quantity' + where }] };
      const want = now < st.target ? 'plus' : 'minus';
      const btn = itControls(f.it, c).find((x) => itShown(x, c) && (itGrade(x, r, c) || {}).act === want);
      if (!btn) {
        const inp = itControls(f.it, c).find((x) => x.matches('input[type=number],[role=spinbutton]'));
        return inp ? { actions: [{ act: 'type', ref: refOf(inp), value: String(st.target), why: 'the quantity' + where }] } : null;
      }
      return { actions: [{ act: 'click', ref: refOf(btn), why: (want === 'plus' ? 'one more (' : 'one fewer (') + now + ' now, ' + st.target + ' wanted)' + where }], step: true };
    }
    if (f.act === 'card') return { actions: [{ act: 'click', ref: refOf(vbCardSpot(el, c)), why: 'opens "' + clip(textOf(el, c), 60) + '"' }] };
    const opt = itOption(f, r, c);
    const pick = opt ? [{ act: 'click', ref: refOf(opt), why: '"' + clip(ipName(opt, c) || textOf(opt, c), 40) + '" of' + where.slice(3) }] : [];
    return { actions: pick.concat([{ act: 'click', ref: refOf(el), why: '"' + clip(name, 60) + '"' + where }]), option: !!opt };
  }

  /* "the Fjell backpack in Rust", "the runners (Lime)": an option of the
   * item that the words name, not chosen yet (a swatch pressed among its
   * like, a radio), chosen before the item's control: every word of its
   * name is said. */
  function itOption(f, r, c) {
    /* the words of the whole clause: a goal's reading, or a chain's (the
     * item's action, then data for what it opens), keeps no "in Ochre" */
    const said = new Set(r.item.map((w) => w.n).filter(Boolean).concat(tokens(ipState.said || '')));
    for (const w of tokens(r.ctl.join(' '))) said.delete(w);
    if (!said.size) return null;
    for (const x of itControls(f.it, c)) {
      if (x === f.el || !itShown(x, c) || isDisabled(x)) continue;
      const pressed = x.getAttribute('aria-pressed');
      const radio = x.matches('input[type=radio],[role=radio]');
      if (pressed == null && !radio) continue;
      if (pressed === 'true' || x.checked || x.getAttribute('aria-checked') === 'true') continue;
      const nm = tokens(ipName(x, c) || textOf(x, c));
      if (nm.length && nm.length <= 3 && nm.every((t) => said.has(t))) return x;
    }
    return null;
  }

  /* the quantity an item shows: its number field, else its one number */
  function itQty(item, c) {
    const inp = item.querySelector('input[type=number],[role=spinbutton]');
    if (inp) {
      const v = parseFloat(inp.value != null && inp.value !== '' ? inp.value : inp.getAttribute('aria-valuenow'));
      if (isFinite(v)) return v;
    }
    const nums = (textOf(item, c).match(/(?:^|\s)(\d+)(?=\s|$)/g) || []).map((x) => +x.trim());
    return nums.length === 1 ? nums[0] : null;
  }

  /* The open dialog (or popup) that appeared after the control: its root. */
  function itDialog(c, not) {
    let best = null;
    for (const el of c.all()) {
      const t = el.localName, role = attrRole(el);
      const isDlg = (t === 'dialog' && el.open) || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
      if (!isDlg || !isVisible(el, c) || (not && composedContains(el, not))) continue;
      if (!best || composedContains(best, el)) best = el;
    }
    if (best) return best;
    for (const ov of findOverlays(c)) if (ov.kind === 'modal') return ov.el;
    /* a fixed layer over most of the page with something to press */
    const va = window.innerWidth * window.innerHeight;
    for (const el of c.all()) {
      if (el.ownerDocument !== document || el.localName === 'body' || el.localName === 'html') continue;
      const st = styleOf(el, c);
      if (st.position !== 'fixed' || !isVisible(el, c)) continue;
      const r = el.getBoundingClientRect();
      if ((r.width * r.height) / va < 0.3) continue;
      if (ipClickables(c, el).some((b) => isVisible(b, c))) return el;
    }
    return null;
  }

  /* The menu entry that opens a setting of the item ("Change role",
   * "Edit status"): a verb of changing, and the setting's name when the
   * words say it (r.field). One entry, or the one that names the field;
   * none that removes or deletes. */
  function itSettingEntry(entries, r, c) {
    const field = new Set(tokens(r.field || ''));
    let best = null, bs = 0, tie = false;
    for (const x of entries) {
      const ws = tokens(ipName(x, c) || textOf(x, c));
      if (!ws.length || ws.length > 4 || !IT_SETTING_VERB.test(ws[0])) continue;
      const s = 0.6 + (ws.some((w) => field.has(w)) ? 0.3 : 0);
      if (s > bs) { bs = s; best = x; tie = false; } else if (s === bs) tie = true;
    }
    return best && !tie ? best : null;
  }
  const IT_SETTING_VERB = /^(change|edit|set|update|modify|switch|assign|manage|adjust)$/;

  /* In a dialog, the control that is the value: a radio or option by its
   * label, a select's option, a button among its like. An action, or null. */
  function itDialogChoice(dlg, value, c) {
    let best = null, bs = 0;
    for (const el of c.all()) {
      if (!composedContains(dlg, el) || !isVisible(checkLabelOrSelf(el, c), c) || isDisabled(el)) continue;
      if (el.localName === 'select') {
        for (const o of el.options) {
          if (o.disabled) continue;
          const s = Math.max(optionScore(value, o), itKinWord(value, o.text));
          if (s >= 0.75 && s > bs) { bs = s; best = { act: 'select', ref: refOf(el), value: collapse(o.text), label: ipName(el, c), why: '"' + collapse(o.text) + '" in the dialog' }; }
        }
        continue;
      }
      const radio = el.matches('input[type=radio],[role=radio],[role=option],[role=menuitemradio]');
      const check = isCheckable(el);
      if (!radio && !check && el.getAttribute('aria-pressed') == null) continue;
      const s = Math.max(matchEl(value, el, c)[0], itKinWord(value, ipName(el, c)));
      if (s < 0.7 || s <= bs) continue;
      bs = s;
      best = check
        ? { act: 'check', ref: refOf(checkLabelOrSelf(el, c)), why: '"' + clip(value, 40) + '" in the dialog' }
        : { act: 'click', ref: refOf(el), why: '"' + clip(value, 40) + '" in the dialog' };
    }
    return best;
  }

  /* One word and its kin by an ending that makes a person or a form of
   * it: the person and the level ("Maintainer" and "Maintain", "Admin"
   * and "Administrator", "Editors" and "Editor"), not any longer word that
   * begins alike ("Read" is not "Ready"). 0.75, or 0. */
  function itKinWord(a, b) {
    const x = norm(a || ''), y = norm(b || '');
    if (!x || !y || /\s/.test(x) || /\s/.test(y) || x === y) return 0;
    const [s, l] = x.length <= y.length ? [x, y] : [y, x];
    return s.length >= 4 && l.startsWith(s) && /^(er|ers|or|ors|r|rs|s|es|istrator|istrators)$/.test(l.slice(s.length)) ? 0.75 : 0;
  }

  /* the dialog's buttons, by what they do */
  function itDialogButton(dlg, want, c, verb, fams, min) {
    let best = null, bs = 0;
    for (const b of ipClickables(c, dlg)) {
      if (!isVisible(b, c)) continue;
      const nm = norm(ipName(b, c));
      const close = GLYPH_CLOSE.test(collapse(textOf(b, c))) || /^(close|dismiss)$/.test(nm);
      /* "Cancel booking" after "cancel my booking" does it: no Cancel of the dialog */
      const does = want === 'confirm' && !close && tokens(nm).length > 1 && ((verb && matchEl(verb, b, c)[0] >= 0.7) || vbDoes(b, fams, c));
      const cancel = (IT_CANCEL.test(nm) || close) && !does;
      let s = 0;
      /* "Cancel" itself before "Keep it", "No", and those before "Back" */
      if (want === 'cancel') s = close ? 0.8 : /^cancel\b/.test(nm) ? 1.1 : /^(back|go back)$/.test(nm) ? 0.7 : cancel ? 1 : 0;
      else if (want === 'close') s = close ? 1 : /^(cancel|no thanks|not now)$/.test(nm) ? 0.6 : 0;
      else if (!cancel) {
        s = /^(confirm|yes|ok|okay|continue|save|apply|done|submit|place order|order|send)\b/.test(nm) ? 0.8 : 0.5;
        if (does || (verb && matchEl(verb, b, c)[0] >= 0.7)) s = 1;
        if (b.matches('[type=submit],.primary,.btn-primary,.danger,.btn-danger,.yes')) s += 0.05;
      }
      if (s > bs) { bs = s; best = b; }
    }
    return bs >= (min || 0) ? best : null;
  }

  /* A round after the control was pressed: the menu, picker, thread box or
   * dialog it opened; the next item; the quantity not yet reached. */
  function itFollow(c, roundInfo) {
    const st = ipState.item;
    const r = st.r;
    const got = st.picks[st.at] ? itRefind(st, c) : null;
    const el = got && got.el, it = got && got.it;
    const fin = (why) => { ipState.item = null; return { kind: 'item', score: 1, actions: [], why }; };
    const out = (acts, why, again) => ({ kind: 'item', score: 1, actions: acts, again: again !== false, why });
    if (st.editing) return itEditFollow(st, c, fin, out);
    /* a menu opened: the control in it */
    if (st.menu) {
      const opener = deref(st.menu);
      st.menu = null;
      let best = null, bs = 0;
      const entries = [];
      for (const x of ipClickables(c)) {
        const inMenu = x.closest('[role=menu],[role=menubar],[role=listbox],[class*=menu],[class*=popup],[class*=dropdown],[class*=popover]');
        const fresh = st.before && !st.before.has(x);
        if (!isVisible(x, c) || x === opener || (it && composedContains(it, x) && !(inMenu && composedContains(it, inMenu) && inMenu !== it) && !fresh)) continue;
        if (!fresh && !(x.closest('[role=menu],[role=menubar],[role=listbox],[class*=menu],[class*=popup],[class*=dropdown],[class*=popover]') || attrRole(x) === 'menuitem' || (it && composedContains(it, x)))) continue;
        entries.push(x);
        const g = itGrade(x, r, c, st.p.without);
        if (g && g.s > bs) { bs = g.s; best = { x, g }; }
      }
      /* "make Tariq an Admin" where the menu says "Change role": that
       * entry, then the value in the dialog it opens (itFollowDialog) */
      const entry = !best && r.verb === 'set' && r.value && (!st.after || st.after.mode === 'choose') ? itSettingEntry(entries, r, c) : null;
      if (entry) {
        st.after = { mode: 'choose', value: r.value };
        st.acted.push(refOf(entry));
        return out([{ act: 'click', ref: refOf(entry), why: '"' + clip(ipName(entry, c), 60) + '" in the menu, to choose "' + clip(r.value, 40) + '"' }], 'the menu item that changes it');
      }
      if (!best) return { kind: 'item', score: 1, actions: [], error: 'the menu of "' + clip(it ? textOf(it, c) : '', 60) + '" has nothing that fits "' + clip(r.ctl.join(' / ') || r.value || r.verb, 60) + '"' };
      st.acted.push(refOf(best.x));
      return out([{ act: 'click', ref: refOf(best.x), why: '"' + clip(ipName(best.x, c), 60) + '" in the menu' }], 'the menu item');
    }
    /* a reaction picker opened: the emoji in it */
    if (st.picker) {
      st.picker = false;
      let best = null, bs = 0;
      for (const x of ipClickables(c)) {
        if (!isVisible(x, c)) continue;
        const s = itEmojiScore(x, r.emoji, c);
        if (s > bs) { bs = s; best = x; }
      }
      if (!best) return { kind: 'item', score: 1, actions: [], error: 'no ' + r.emoji.name + ' (' + r.emoji.emoji + ') among the reactions offered' };
      return out([{ act: 'click', ref: refOf(best), why: 'the ' + r.emoji.name + ' reaction ' + r.emoji.emoji }], 'the reaction');
    }
    /* a quantity still on its way */
    if (st.target != null && el && it && isVisible(it, c)) {
      const now = itQty(it, c);
      if (now != null && now !== st.target && (st.steps = (st.steps || 0) + 1) <= 14) {
        const f = { el, it, act: 'stepper' };
        const a = itActs(f, r, c, st);
        if (a && a.actions.length) return out(a.actions, 'the quantity');
      }
    }
    /* a control that was hidden until its item was hovered */
    if (st.hovered && el && it) {
      const pk = st.picks[st.at];
      const f = { el, it, act: pk.menu ? 'menu' : pk.act, value: pk.value, menu: pk.menu };
      const a = itActs(f, r, c, st);
      if (!a) return { kind: 'item', score: 1, actions: [], error: '"' + clip(ipName(el, c), 60) + '" did not show when its item was hovered' };
      if (a.actions.length) return out(a.actions, 'the control shown on hover');
    }
    const after = st.after;
    if (after && !st.afterDone) {
      let dlg = after.mode === 'reply' ? null : itDialog(c, null);
      /* a dialog open before the control was pressed is not its answer */
      if (after.soft && dlg && after.before && deref(after.before) === dlg) dlg = null;
      if (after.soft && !dlg) { st.afterDone = true; return itNext(st, c, fin, out); }
      if (after.mode === 'reply') {
        /* the thread's box: a text field that is now shown, near "thread" */
        let box = null, bs = -1;
        for (const x of c.all()) {
          if (!(isEditable(x) || isTextInput(x)) || !isVisible(x, c)) continue;
          const ctx = norm(ipName(x, c) + ' ' + (closestComposed(x, 'aside,[role=complementary],[role=dialog],section,form,div') ? attrWords(closestComposed(x, 'aside,[role=complementary],[role=dialog],section,form,div')) : ''));
          const s = (/thread|reply|replies|respond/.test(ctx) ? 2 : 0) + (x.localName === 'textarea' || x.isContentEditable ? 1 : 0);
          if (s > bs) { bs = s; box = x; }
        }
        if (!box) {
          if (st.waited++ < 3) return out([], 'waiting for the thread');
          return { kind: 'item', score: 1, actions: [], error: 'no reply box showed after opening the thread' };
        }
        st.afterDone = true;
        const scope = closestComposed(box, 'form,aside,[role=complementary],[role=dialog],section') || parentOf(box);
        let send = null, ss = 0;
        for (const b of ipClickables(c, scope)) {
          if (!isVisible(b, c) || b === box) continue;
          const s = Math.max(matchEl('send', b, c)[0], matchEl('reply', b, c)[0], matchEl('post', b, c)[0], matchEl('submit', b, c)[0], /^[\u27a4\u27a2\u2794\u25b6\u2708\u{1F4E8}]$/u.test(collapse(textOf(b, c))) ? 0.8 : 0);
          if (s > ss) { ss = s; send = b; }
        }
        const acts = [{ act: 'type', ref: refOf(box), value: r.value, why: 'the reply in the thread' }];
        acts.push(send && ss >= 0.6 ? { act: 'click', ref: refOf(send), why: 'sends the reply ("' + clip(ipName(send, c), 30) + '")' } : { act: 'press', value: 'Enter', why: 'sends the reply' });
        return out(acts, 'the reply', true);
      }
      if (!dlg) {
        if (after.mode === 'confirm' && st.acted.length && st.waited >= 1) return fin('done (no confirmation was asked)');
        if (st.waited++ < 3) return out([], 'waiting for the dialog');
        return { kind: 'item', score: 1, actions: [], error: 'no dialog opened after "' + clip(r.ctl.join(' ') || r.verb, 40) + '" (to ' + after.mode + ')' };
      }
      return itFollowDialog(st, dlg, c);
    }
    /* the next item ("both", "all") */
    return itNext(st, c, fin, out);
  }

  /* The dialog the control opened, answered as the words say: Cancel, a
   * value filled in and confirmed, a name typed to confirm. */
  function itFollowDialog(st, dlg, c) {
    const after = st.after, r = st.r;
    const out = (acts, why, again) => ({ kind: 'item', score: 1, actions: acts, again: again !== false, why });
    {
      if (after.mode === 'cancel' || after.mode === 'close') {
        const b = itDialogButton(dlg, after.mode, c);
        if (!b) return { kind: 'item', score: 1, actions: [], error: 'the dialog has no ' + after.mode + ' button' };
        st.afterDone = true;
        return out([{ act: 'click', ref: refOf(b), why: '"' + clip(ipName(b, c) || 'close', 30) + '" in the dialog "' + clip(textOf(dlg, c), 60) + '"' }], 'cancelled', false);
      }
      if (after.mode === 'choose' && !st.chosen) {
        const pick = itDialogChoice(dlg, after.value, c);
        if (!pick) return { kind: 'item', score: 1, actions: [], error: 'the dialog "' + clip(textOf(dlg, c), 60) + '" offers no "' + clip(after.value, 40) + '"' };
        st.chosen = true;
        return out([pick], 'chose "' + clip(after.value, 40) + '" in the dialog');
      }
      const field = Array.from(dlg.querySelectorAll('input,textarea,[contenteditable=true]')).find((x) => isVisible(x, c) && !isCheckable(x) && !/^(button|submit|hidden)$/.test(x.type));
      if ((after.mode === 'fill' || after.mode === 'type') && !st.typed) {
        let v = after.value != null ? after.value : after.text;
        if (after.mode === 'type' && !v) {
          const m = /\btype\s+["\u201c]?([^\s"\u201d]+?)["\u201d]?\s+(?:to confirm|below|to continue|to delete)/i.exec(textOf(dlg, c));
          v = m ? m[1] : null;
        }
        if (!field || v == null) return { kind: 'item', score: 1, actions: [], error: 'the dialog "' + clip(textOf(dlg, c), 60) + '" has no field for "' + (v || '') + '"' };
        st.typed = true;
        return out([{ act: 'type', ref: refOf(field), value: String(v), why: 'the value the dialog asks for' }], 'filled the dialog');
      }
      /* "... 4 stars": the n-th step of the dialog's rating, then its button */
      if (!st.rated && rtSaid(st.clause)) {
        const rt = rtIn(st.clause, dlg, c);
        st.rated = true;
        if (rt) return out(rt.actions, 'the rating in the dialog');
      }
      /* soft: a dialog with a field to fill (a form, not a question), or no
       * button that plainly does it, is left for the next step to read */
      const blank = after.soft && Array.from(dlg.querySelectorAll('input,textarea,select,[role=combobox],[contenteditable=true]'))
        .some((x) => isVisible(x, c) && !/^(hidden|submit|button|checkbox|radio|reset|image)$/.test(x.type || ''));
      const b = blank ? null : itDialogButton(dlg, 'confirm', c, r.ctl[0] || (r.verb === 'dialog' ? null : r.verb), after.fams, after.soft ? 0.8 : 0);
      if (!b && after.soft) { st.afterDone = true; return itNext(st, c, (why) => { ipState.item = null; return { kind: 'item', score: 1, actions: [], why }; }, out); }
      if (!b) return { kind: 'item', score: 1, actions: [], error: 'the dialog has no button to confirm' };
      st.afterDone = true;
      /* (sends: what the page says against it fails the step, 16-form.js) */
      return out([{ act: 'click', ref: refOf(b), sends: true, why: '"' + clip(ipName(b, c), 30) + '" confirms in the dialog' }], 'confirmed', st.at + 1 < st.picks.length);
    }
  }

  function itNext(st, c, fin, out) {
    const r = st.r;
    if (st.at + 1 < st.picks.length) {
      st.at++;
      st.steady = false;
      st.afterDone = false;
      st.typed = false;
      st.chosen = false;
      st.target = null;
      st.steps = 0;
      const nx = st.picks[st.at];
      const ng = itRefind(st, c);
      if (!ng) return { kind: 'item', score: 1, actions: [], error: 'the page changed: "' + clip(nx.sig, 60) + '" is not found again (' + st.at + ' of ' + st.picks.length + ' done)' };
      const nel = ng.el, nit = ng.it;
      const a = itActs({ el: nel, it: nit, act: nx.menu ? 'menu' : nx.act, value: nx.value, menu: nx.menu }, r, c, st);
      if (!a) return { kind: 'item', score: 1, actions: [], error: 'the control in "' + clip(textOf(nit, c), 60) + '" cannot be used' };
      return out(a.actions, 'the next item');
    }
    return fin('done in ' + st.picks.length + ' item' + (st.picks.length > 1 ? 's' : ''));
  }

  /* ------------------------------------------------------------------ */
  /* goal: the verb of a clause and the control that does it, when the   */
  /* words are not the control's label ("purchase the 21 cm monstera" by */
  /* its card's "Choose", "I no longer need the Boston fern" by its ✕    */
  /* titled "Remove from wishlist"). A verb and a control are related by */
  /* their words and stems first, then by a small family of actions that */
  /* mean the same, then by the control's icon; which item, by its words */
  /* with qualifiers that cut ("the Wednesday evening one", "not the     */
  /* Paris one"). An item with no such control but a link to its own     */
  /* page is opened, and the control looked for there.                  */

  /* the families of actions and a control's own: 25-verbs.js */
  const GOAL_TOD = { morning: [5, 12], afternoon: [12, 17], evening: [17, 23], night: [19, 29], tonight: [17, 29], lunchtime: [11, 14] };
  const GOAL_ABBR = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

  /* "Wednesday" is the item's "Wed"; "evening" its "18:00". */
  function goalWordHit(rw, h) {
    const tod = GOAL_TOD[rw];
    if (tod) {
      for (const m of h.text.matchAll(/\b(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W|$)/gi)) {
        if (m[2] == null && !m[3]) continue;
        let hr = +m[1];
        if (/^p/i.test(m[3] || '') && hr < 12) hr += 12;
        if (/^a/i.test(m[3] || '') && hr === 12) hr = 0;
        if (hr < tod[0] && hr + 24 >= tod[0] && hr + 24 < tod[1]) hr += 24;
        if (hr >= tod[0] && hr < tod[1]) return true;
      }
      return false;
    }
    /* "21cm" is the item's "21 cm", "2br" its "2 br" */
    const nu = /^(\d+)\s?([a-z]{1,4})$/.exec(rw);
    if (nu && (' ' + h.low + ' ').includes(' ' + nu[1] + ' ' + nu[2] + ' ')) return true;
    if (rw.length >= 5 && (monthOf(rw) || /day$/.test(rw))) {
      for (const y of h.low.split(' ')) if (GOAL_ABBR.test(y) && rw.startsWith(y)) return true;
    }
    return false;
  }

  /* The clause's verb phrase, its families and the words of the item:
   * {verb, ctl, item, fam, strong} or null. strong: a shape only this
   * reading reads ("I'd like X", "I no longer need X"). */
  function goalRead(p) {
    let t = collapse(p.text.replace(/^(?:(?:can|could|would) you |(?:i(?:'d| would) like|i want|i need|i wish|i'm going|i am going) to |let'?s |let me |help me |go ahead and |please |kindly )+/i, ''));
    t = collapse(t.replace(/\s+(?:for later|any ?more|any longer|for me|please|now|too|as well|after all)\s*$/i, ''));
    let m, strong = true, verb = null, rest = null, fam = null, said = null, lead = null;
    if ((m = /^(?:i(?:'d| would) like|i(?:'ll| will) (?:take|have|go with)|i want|give me|get me|i'd love) (.+)$/i.exec(t))) { fam = 'acquire'; verb = 'get'; rest = m[1]; }
    else if ((m = /^(?:i|we) (?:(?:do not|don't|dont) (?:need|want)|no longer (?:need|want)|(?:can't|cannot|can no longer|won't|will not|couldn't) (?:make it to|make|do|attend|go to|come to|go|come|use|keep)) (.+)$/i.exec(t))) {
      /* the words said are a control's name too ("Can't make it") */
      fam = 'remove'; verb = 'remove'; rest = m[1]; said = collapse(m[0].slice(0, m[0].length - m[1].length).replace(/^(?:i|we) /i, ''));
    }
    else if ((m = /^(.+?) (?:is|are) no longer (?:needed|wanted)$/i.exec(t))) { fam = 'remove'; verb = 'remove'; rest = m[1]; }
    else if ((m = /^(?:add|put) (.+?) (?:to|in|on|into) (?:my |the |our )?(favou?rites|saved(?: \w+)?|wish ?list|bookmarks|shortlist|watch ?list|likes|stars?)$/i.exec(t))) { fam = 'save'; verb = 'save'; rest = m[1]; }
    else if ((m = /^(?:add|put) (.+?) (?:to|in|into) (?:my |the |our )?(cart|basket|bag|trolley|order)$/i.exec(t))) { fam = 'acquire'; verb = 'add to ' + m[2]; rest = m[1]; }
    else if ((m = /^(?:place|put) (?:a |an )?(hold|reservation|booking|order|bid) (?:on|for) (.+)$/i.exec(t))) { fam = 'acquire'; verb = m[1]; rest = m[2]; }
    /* "add the ingredients to my shopping list": the control is named by
     * where it puts the thing ("Add to shopping list") */
    else if ((m = /^(add|put|send|copy) (.+?) (?:(?:to|into|onto) (?:my|our|the)|on (?:my|our)) ([a-z][\w -]{2,30})$/i.exec(t)) && !/^(?:me|us|it|them)$/i.test(m[2]) &&
      !/\b(?:reactions?|emoji)\b/i.test(m[2])) {
      const f0 = goalFams('add to ' + m[3]);
      return { verb: 'do', ctl: ['add to ' + m[3], m[1] + ' to ' + m[3]], item: ipWords(m[2]), fam: f0.size ? f0 : new Set(['acquire']), strong: true, goal: true, dest: 'add to ' + m[3] };
    }
    else if ((m = /^sign (?:me |us )?up (?:for|to) (.+)$/i.exec(t))) { fam = 'acquire'; verb = 'sign up'; rest = m[1]; }
    else if ((m = /^(?:(?:put|add|get|sign) (?:me|us)(?: up)? (?:on|onto|to|in|into|for)|join|get on|go on|be on) (?:the |a |an |your )?(.+?(?:list|waitlist|queue|standby|roster|rota|register)) (?:for|of|on|at|in) (.+)$/i.exec(t))) {
      /* "put me on the waitlist for Robotics", "join the waiting list for
       * the kayak": the control is named by the list */
      verb = m[1]; rest = m[2];
      const f0 = goalFams(verb);
      return { verb: 'do', ctl: [verb, 'join ' + verb], item: ipWords(rest), fam: f0.size ? f0 : new Set(['acquire']), strong: true, goal: true };
    }
    else if ((m = /^(apply|enquire|inquire|bid) (?:for|to|about|on) (.+)$/i.exec(t))) { fam = 'apply'; verb = m[1]; rest = m[2]; }
    /* "I'm not interested in the Japanese exchange": out of sight */
    else if ((m = /^(?:i'm|i am|we're|we are) (?:not|no longer) interested in (.+)$/i.exec(t))) { fam = 'hide'; verb = 'hide'; rest = m[1]; said = 'not interested'; }
    /* "I'm not going to the German meetup after all" */
    else if ((m = /^(?:i'm|i am|we're|we are) (?:not|no longer) (?:going to|coming to|attending|going|coming) (.+)$/i.exec(t))) { fam = 'remove'; verb = 'remove'; rest = m[1]; said = 'not going'; }
    /* "I'll go to the Spanish meetup", "we will be at the quiz" */
    else if ((m = /^(?:i|we)(?:'ll| will| shall) (?:go to|come to|attend|be at|make it to|join) (.+)$/i.exec(t))) { fam = 'acquire'; verb = 'attend'; rest = m[1]; }
    /* "take me off the delivery run", "cross my name off Friday's list": the person goes, the item stays */
    else if ((m = /^(?:take|cross|strike|scratch|get|remove|drop|delete|scrub) (?:me|us|my name|our names?) (?:off|out of|from)(?: (?:the|my|our) (?:list|rota|roster|schedule|register|sign-?up sheet) (?:for|of|on))? (.+)$/i.exec(t))) { fam = 'remove'; verb = 'remove'; rest = m[1]; }
    /* "put me down for sorting", "count me in for the clean-up", "book me onto X" */
    else if ((m = /^(?:put|pencil|write|count|book|slot|enter|enrol|enroll|register|sign) (?:me|us|my name|our names)(?: down| in| up)? (?:for|on|onto|into|in|to) (.+)$/i.exec(t))) { fam = 'acquire'; verb = 'sign up'; rest = m[1]; }
    else if ((m = /^(?:take|get|drop) (.+?) (?:off|out of) (?:my |the |our )?(.+)$/i.exec(t))) { fam = 'remove'; verb = 'remove'; rest = m[1]; }
    else if ((m = /^(?:bring|put|move) (.+?) back(?: (?:on|to|in|into|onto) .+)?$/i.exec(t)) || (m = /^(?:bring back|put back) (.+)$/i.exec(t))) { fam = 'restore'; verb = 'restore'; rest = m[1]; }
    else if ((m = /^([a-z-]+(?: up| back| out)?) (?:me |us )?(?:(?:a|an|one|two|my|our) )?(?:seats?|places?|spots?|tickets?|tables?|slots?|holds?|reservations?|bookings?|copy|copies) (?:at|on|in|for|to) (.+)$/i.exec(t))) { verb = m[1]; rest = m[2]; }
    /* a verb phrase of the families' ("get rid of X", "drop out of X") */
    else if ((lead = vbLead(t))) { fam = lead.fam; verb = lead.verb; rest = lead.rest; }
    else if ((m = /^([a-z-]+(?: up| back| out| more)?) (.+)$/i.exec(t))) { strong = false; verb = m[1]; rest = m[2]; }
    if (!verb || !rest) return null;
    /* "save the buns recipe to my recipes", "bookmark X in my reading
     * list": where it goes, one's own collection, is no word of the item */
    if (/^(?:save|keep|bookmark|favou?rite|star|pin|clip|collect|store|file|stash)$/i.test(verb) || (fam && [].concat(fam instanceof Set ? Array.from(fam) : fam).includes('save')))
      rest = rest.replace(/\s+(?:to|into|onto|in|on|for) (?:my|our) [\w' -]{2,30}$/i, '') || rest;
    /* "notify me when the kayak is back": the kayak */
    if (goalFams(verb).has('wait')) rest = rest.replace(/^when\s+/i, '').replace(/\s+(?:is|are|comes?|gets?)\s+(?:back|available|free|returned|in stock)(?: in stock)?$/i, '');
    /* "Borrow the drill" at a sentence's start is the verb "borrow" */
    verb = verb.toLowerCase();
    /* "pick the suggestion that begins with Portl": a choice among a
     * widget's options, not a goal on an item (whose "+" would acquire) */
    if (/\b(?:suggestions?|options?|choices?|autocomplete|drop-?down|list ?box)\b/i.test(rest)) return null;
    const fams = fam instanceof Set ? new Set(fam) : fam ? new Set([fam]) : goalFams(verb);
    /* a verb of no family ("adopt Juniper") is read by its words alone */
    if (!fams.size && (!/^[a-z]+(?: [a-z]+)?$/.test(verb) || IT_NOT_VERBS.test(verb) || IP_FILLER.has(verb) || IT_KINDS.has(verb))) return null;
    if (fams.has('open') && !fam && !/^(open|view|see|show|visit)$/i.test(verb)) fams.delete('open');
    /* "request a quote for the 12 m catamaran": the thing asked for names
     * the control too ("Get a quote") */
    const obj = /^(?:for\s+)?(?:a|an|the|some)\s+([a-z]{3,})\s+(?:for|of|on|about)\s+\S/i.exec(rest);
    /* ("the String of pearls" is a name, no thing asked for) */
    const thing = obj && /^[a-z]/.test(obj[1]) && !IT_KINDS.has(stem(obj[1].toLowerCase())) ? obj[1].toLowerCase() : null;
    const ctl = thing ? [verb, verb + ' ' + thing] : [verb];
    if (said) ctl.push(said);
    return { verb: 'do', ctl, item: ipWords(rest), fam: fams, strong, goal: true, thing };
  }

  /* Words of the item no part of the page holds ("the Rust talk" where no
   * talk is called one) describe it and do not pick it: dropped. */
  function goalTrim(r, c) {
    let body = c.goalBody;
    if (!body) {
      /* the page's words: its text, and what its classes, titles and labels say ("unread") */
      body = c.goalBody = new Set(tokens(textOf(document.body, c)));
      for (const el of c.all()) {
        const a = [typeof el.className === 'string' ? el.className : '', el.getAttribute('title'), el.getAttribute('aria-label'), el.getAttribute('alt')].filter(Boolean).join(' ');
        if (a) for (const t of tokens(humanize(a))) body.add(t);
      }
    }
    /* words that count, order or link ("both", "first", "emails", "from") stay */
    const kept = (n) => IT_MULTI.test(n) || IT_ORD[n] != null || IT_KINDS.has(stem(n)) || IP_FILLER.has(n) || IT_LINK.has(n) || GOAL_TOD[n] || monthOf(n);
    /* a colour is read from the item's background; "promotion" is a class's "promo" */
    const near = (t) => t.length >= 4 && Array.from(body).some((b) => b.length >= 4 && (b.startsWith(t) || t.startsWith(b)));
    const colour = /^(red|orange|yellow|green|blue|purple|white|black|grey|gray)$/;
    const keep = r.item.filter((w) => w.quoted || /[A-Z0-9]/.test(w.raw) || !tokens(w.raw).length || kept(norm(w.raw)) || colour.test(norm(w.raw)) ||
      tokens(w.raw).some((t) => body.has(t) || near(t)));
    if (keep.some((w) => !IP_FILLER.has(w.n) && !IT_LINK.has(w.n))) r.item = keep;
  }

  /* "the cheapest", "the priciest": a comparison of the items' prices,
   * its words taken out of the item's: {dir} or null */
  function goalSup(r) {
    const t = r.item.map((w) => w.raw).join(' ');
    const m = /\b(cheapest|least expensive|lowest[- ]priced|lowest price|most affordable|priciest|dearest|most expensive|highest[- ]priced)\b/i.exec(t);
    if (!m) return null;
    const cut = ipWords(collapse(t.replace(m[0], ' ')));
    r.item = cut;
    return { dir: /cheap|least|lowest|afford/i.test(m[1]) ? 'min' : 'max', words: m[1] };
  }

  /* The item of items ({it}) whose price (or the field sup names: "the
   * highest charge") is the least (or most). */
  function goalExtreme(items, sup, c) {
    let best = null, bv = 0;
    const field = sup.field && sup.field !== 'price' ? stem(norm(sup.field)) : null;
    for (const f of items) {
      const pr = field ? null : priceIn(itText(f.it, c));
      const v = field ? measureIn(itemField(f.it, field, c) || '', field) : pr ? numberIn(pr) : null;
      if (v == null) continue;
      if (!best || (sup.dir === 'min' ? v < bv : v > bv)) { best = f; bv = v; }
    }
    return best;
  }

  /* A reading that explains the verb by its family and the item by its
   * words explains the whole clause: it outranks one that fills a field
   * with a word of the item ("request to book the Lisbon flat" is no
   * choice of Lisbon in the page's Where). */
  function goalScore(r, s) {
    return r.goal && r.fam && r.fam.size && s >= 0.9 ? s + 0.08 : s;
  }

  /* Words that exclude ("not the Paris one", "(not the morning one)",
   * "the hardback, not the audiobook"): cut from the text, kept apart. */
  function goalNot(s) {
    const not = [];
    s = s.replace(/(?:,\s*|\(\s*|\s+but\s+|\s+)(?:and )?not (?:the |that |this |a |an |in |at |on |from |for )?([^,();]+?)(?: ones?| version| edition)?\s*(?:\)|(?=,|;|$))/gi, (m0, w) => {
      if (!/\S/.test(w) || /^(yet|now|really|sure|needed|wanted|working|anymore|interested|going|coming|keen|bothered|able)\b/i.test(w)) return m0;
      not.push(collapse(w));
      return ' ';
    });
    return { s, not };
  }

  /* Does the item hold the words a "not" names? */
  function goalExcluded(not, it, c) {
    for (const w of not || []) {
      const keys = itKeys(ipWords(w)).keys.filter((k) => !k.kind);
      if (keys.length && itFit(keys, it, c) >= 0.99) return true;
    }
    return false;
  }

  /* A part of the page that holds the control and a repeat of it (two
   * "Choose" buttons) is a list of items, not one item. */
  function goalIsList(el, it, c) {
    const nm = norm(ipName(el, c));
    if (!nm) return false;
    let n = 0;
    for (const x of itControls(it, c)) if (x !== el && x.localName === el.localName && norm(ipName(x, c)) === nm && ++n >= 1) return true;
    return false;
  }

  /* The page itself is the item when its heading or title holds the words
   * (an item's own page, opened from its list). */
  function goalPageItem(el, keys, c) {
    const h1 = document.querySelector('h1');
    const h = itHave(h1 || document.body, c);
    const t = collapse((h1 ? h.text : '') + ' ' + document.title);
    const s = itFitH(keys, { text: t, low: norm(t), own: new Set(tokens(t)), extra: new Set() });
    if (s < 0.6) return null;
    let it = closestComposed(el, 'main,[role=main],article') || null;
    if (!it) for (let n = el; n && n.parentElement && n.parentElement.localName !== 'body'; n = n.parentElement) it = n.parentElement;
    return it && (!h1 || composedContains(it, h1) || it.localName === 'main') ? { it, s } : null;
  }

  /* No control of the item does the verb: the item's link to its own page
   * (its title, "View", "Details", a card that is a link), once per clause. */
  function goalOpenItem(r, c, p, clause, probe) {
    const { keys } = itKeys(r.item);
    if (!keys.some((k) => !k.kind)) return null;
    /* words of the site's own name ("library" on Eastmoor Libraries)
     * name no item of it */
    const site = tokens(siteName());
    if (keys.every((k) => k.kind || site.some((t) => wordsMeet(t, stem(k.n || ''))))) return null;
    const here = location.href.split('#')[0];
    let opened = '';
    try { opened = sessionStorage.getItem('__bai_goal_opened') || ''; } catch (e) { opened = ''; }
    if (opened === clause && !r.fam.has('open')) return null;
    const hits = [];
    for (const el of ipClickables(c)) {
      /* a card that opens when clicked (no link: a box with a handler) */
      /* a link of the app's navigation leads to a part of it, not to an
       * item's own page (actions.c find_way takes those) */
      if (closestComposed(el, 'nav,[role=navigation],[role=menubar],header', 10)) continue;
      const card = el.localName !== 'a' && vbCard(el, c);
      if (!card && (el.localName !== 'a' || !el.getAttribute('href') || /^(javascript:|#|mailto:|tel:)/i.test(el.getAttribute('href')) || !isVisible(el, c))) continue;
      const href = card ? 'card ' + refOf(el) : el.href.split('#')[0];
      if (href === here) continue;
      const self = itFit(keys, el, c);
      if (card && self < 0.6) continue;
      const got = self >= 0.6 ? { it: el, s: self } : itItemOf(el, keys, c, null);
      if (!got) continue;
      const nm = norm(ipName(el, c));
      /* the item's own link: it holds the words, or says it opens */
      const own = self >= 0.6 ? 1 : goalFams(nm).has('open') || (got.it !== el && nm && norm(itHave(got.it, c).text).startsWith(nm)) ? 0.9 : 0;
      if (!own) continue;
      const it = got.it;
      if (goalExcluded(p.not, it, c)) continue;
      hits.push({ el, it, s: got.s, own, href });
    }
    if (!hits.length) return null;
    /* a part that holds another's item is a list, not an item */
    let pool = hits.filter((f) => !hits.some((g) => g.it !== f.it && composedContains(f.it, g.it) && g.href !== f.href));
    const top = Math.max(...pool.map((f) => f.s));
    pool = pool.filter((f) => f.s >= top - 0.05);
    if (r.sup && new Set(pool.map((f) => f.href)).size > 1) {
      const ext = goalExtreme(pool, r.sup, c);
      if (ext) pool = pool.filter((f) => f.href === ext.href);
    }
    const hrefs = new Set(pool.map((f) => f.href));
    if (hrefs.size > 1) {
      return { kind: 'item', score: 0.5, actions: [], error: hrefs.size + ' items fit "' + clip(r.item.map((w) => w.raw).join(' '), 60) + '" alike; say which', cands: pool.slice(0, 5).map((f) => candDesc(f.it, f.s, c)) };
    }
    pool.sort((a, b) => b.own - a.own);
    const pick = pool[0];
    if (!probe) try { sessionStorage.setItem('__bai_goal_opened', clause); } catch (e) { /* storage refused: the rounds bound it */ }
    const onward = !r.fam.has('open') || r.fam.size > 1;
    return { kind: 'item', score: goalScore(r, Math.min(1, 0.55 * pick.s + 0.45 * pick.own + 0.1)), again: onward, onward,
      actions: [{ act: 'click', ref: refOf(vbCardSpot(pick.el, c)), why: '"' + clip(ipName(pick.el, c), 60) + '" opens the page of "' + clip(textOf(pick.it, c), 60) + '"' + (onward ? ', where to ' + r.ctl[0] : '') }],
      why: onward ? 'the item\'s own page, for its control' : 'the item\'s own page' };
  }

  /* "switch to the Mobile board", "go to the Workshop room track": a tab,
   * button, link or a dropdown's option that switches what the page shows,
   * named by the words less a kind noun the page does not say. */
  function goalSwitch(p, c) {
    const m = /^(?:switch|change|flip|jump|move|go|turn)(?: over| across| back)? (?:to|into) (?:the |my |our )?(.+)$/i.exec(p.text) ||
      /^(?:show|display|bring up|view) (?:me )?(?:the |my |our )?(.+? (?:board|tab|view|track|stage|calendar|workspace|channel|feed))$/i.exec(p.text);
    if (!m || /^(?:https?:|www\.)/i.test(m[1])) return null;
    const ws = ipWords(m[1]);
    const r = { item: ws };
    goalTrim(r, c);
    const want = r.item.map((w) => w.raw).join(' ');
    const full = ws.map((w) => w.raw).join(' ');
    if (!want) return null;
    /* the last word in lower case names the kind of switcher ("track", "board") */
    const bare = ws.length > 1 && /^[a-z]+$/.test(ws[ws.length - 1].raw) ? ws.slice(0, -1).map((w) => w.raw).join(' ') : want;
    const phrases = Array.from(new Set([want, full, bare]));
    const found = [];
    for (const el of c.all()) {
      if (!isVisible(el, c) || isDisabled(el)) continue;
      if (el.localName === 'select') {
        let b = { opt: null, score: 0 };
        for (const ph of phrases) { const o = bestOption(el, ph); if (o.score > b.score) b = o; }
        if (b.opt && b.score >= 0.8) found.push({ el, s: b.score * (b.opt.selected ? 0.5 : 1), act: 'select', value: collapse(b.opt.text) });
        continue;
      }
      if (!(el.matches('[role=tab],[role=radio],[role=menuitemradio],[role=option],button,a[href],[role=button],[role=link]'))) continue;
      const s = Math.max(...phrases.map((ph) => matchEl(ph, el, c)[0]));
      const on = el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-current') || el.getAttribute('aria-pressed') === 'true';
      if (s >= 0.8) found.push({ el, s: s * (on ? 0.5 : 1) + (el.matches('[role=tab],[role=radio]') ? 0.02 : 0), act: 'click' });
    }
    if (!found.length) return null;
    found.sort((a, b) => b.s - a.s);
    const [best, next] = found;
    if (next && next.s > best.s - 0.03 && !composedContains(best.el, next.el) && !composedContains(next.el, best.el)) return null;
    const why = best.act === 'select' ? '"' + best.value + '" in "' + clip(ipName(best.el, c), 40) + '"' : '"' + clip(ipName(best.el, c), 60) + '"';
    return { kind: 'item', score: Math.min(1, best.s + 0.05), why: 'switches to ' + why,
      actions: [best.act === 'select' ? { act: 'select', ref: refOf(best.el), value: best.value, label: ipName(best.el, c), why } : { act: 'click', ref: refOf(best.el), why }] };
  }
