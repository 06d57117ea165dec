  /* ------------------------------------------------------------------ */
  /* the API                                                             */

  function safe(name, fn) {
    return function () {
      try {
        const r = fn.apply(null, arguments);
        if (r && typeof r.then === 'function') {
          return r.catch((e) => ({ ok: false, error: name + ': internal error: ' + (e && e.message ? e.message : String(e)) }));
        }
        return r;
      } catch (e) {
        return { ok: false, error: name + ': internal error: ' + (e && e.message ? e.message : String(e)) };
      }
    };
  }

  const api = {
    version: VERSION,
    _refs: refs,
    locate: safe('locate', locate),
    element: safe('element', element),
    contextSpot: safe('contextSpot', contextSpot),
    focus: safe('focus', focus),
    clear: safe('clear', clear),
    blur: safe('blur', blur),
    selectOption: safe('selectOption', selectOption),
    pickShown: safe('pickShown', pickShown),
    searchBox: safe('searchBox', searchBox),
    searchButton: safe('searchButton', searchButton),
    searchSplit: safe('searchSplit', searchSplit),
    loginFields: safe('loginFields', loginFields),
    submitForm: safe('submitForm', submitForm),
    formError: safe('formError', formError),
    submitter: safe('submitter', submitter),
    scroll: safe('scroll', scroll),
    moreControl: safe('moreControl', moreControl),
    listSize: safe('listSize', () => listSize()),
    loadAsk: safe('loadAsk', loadAsk),
    missingSubject: safe('missingSubject', missingSubject),
    tabNamed: safe('tabNamed', tabNamed),
    stillShown: safe('stillShown', stillShown),
    tabPanel: safe('tabPanel', tabPanel),
    findText: safe('findText', findText),
    quiet: safe('quiet', quiet),
    still: safe('still', still),
    extract: safe('extract', (q) => notLoading(extract(q))),
    interactive: safe('interactive', interactive),
    dismissOverlays: safe('dismissOverlays', dismissOverlays),
    prepareValue: safe('prepareValue', prepareValue),
    pickDate: safe('pickDate', pickDate),
    stepTo: safe('stepTo', stepTo),
    sliderValue: safe('sliderValue', sliderValue),
    valueNow: safe('valueNow', valueNow),
    fillPlan: safe('fillPlan', fillPlan),
    interpret: safe('interpret', interpret),
    wayTo: safe('wayTo', wayTo),
    saveFor: safe('saveFor', saveFor),
    snapshot: safe('snapshot', snapshot),
    answer: safe('answer', (q) => notLoading(answer(q))),
    shape: safe('shape', shape), shapeFind: safe('shapeFind', shapeFind),
    besideValue: safe('besideValue', besideValue),
    dlgMark: safe('dlgMark', dlgMark), dlgAfter: safe('dlgAfter', dlgAfter), dlgFinish: safe('dlgFinish', dlgFinish),
    boxConfirm: safe('boxConfirm', boxConfirm),
    /* for tests and debugging */
    _textScore: textScore,
    _price: priceIn,
  };
  try {
    Object.defineProperty(window, '__bai', { value: Object.freeze(api), configurable: true, enumerable: false, writable: false });
  } catch (e) {
    window.__bai = api;
  }
})();
