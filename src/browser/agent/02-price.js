  /* ------------------------------------------------------------------ */
  /* prices                                                              */

  const SYM = '[$\u20ac\u00a3\u00a5\u20b9\u20a9\u20bd\u20ba\u20aa\u20ab\u0e3f\u20b4\u20a6\u20b1]';
  const CODES = 'USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|INR|RUB|CNY|RMB|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|KRW|SGD|HKD|AED|SAR|ILS|UAH|RON|BGN|THB|IDR|MYR|PHP|VND|ARS|CLP|COP';
  const NUM = "(?:\\d{1,3}(?:[,.\\u00a0\\u202f' ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
  const PRICE_SRC =
    /* "€28k", "$1.2M": a salary or budget in thousands or millions */
    '(?:(?:[A-Z]{1,3})?' + SYM + '\\s?' + NUM + '(?:[kKmM](?![\\p{L}\\d]))?' +
    '|' + NUM + '\\s?' + SYM + '(?!\\s?\\d)' +
    '|\\b(?:' + CODES + ')\\s?' + NUM +
    '|' + NUM + '\\s?(?:' + CODES + ')\\b' +
    '|' + NUM + '\\s?(?:kr|z\u0142|K\u010d|Ft|lei|\u0440\u0443\u0431)\\.?(?![\\p{L}])' +
    '|\\b(?:Rs\\.?|R\\$)\\s?' + NUM + ')';
  const PRICE_RE = new RegExp(PRICE_SRC, 'u');

  function priceIn(s) {
    const m = PRICE_RE.exec(String(s || ''));
    return m ? m[0].replace(/[\u00a0\u202f]/g, ' ').trim() : null;
  }

