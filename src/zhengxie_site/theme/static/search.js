/* Static search for the archive: reads the sharded index written by
 * zhengxie_site.search (see docs/search.md).  Vanilla JS, no build step.
 * The query plan mirrors src/zhengxie_site/search/query.py; keep in step.
 * Progressive enhancement: without JS the form still submits ?q=… and the
 * page shows its <noscript> text.  Every user-visible string comes from
 * data-* attributes on #search-results. */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var FORMAT = 2;  // the index format this script reads (search/build.py FORMAT_VERSION)
  var VERIFY_BATCHES = 3;
  var SNIPPET_BEFORE = 30;
  var SNIPPET_AFTER = 90;
  var PREFIX_MAX = 12;
  // Keep identical to _CJK in tokenize.py.
  var CJK = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}";
  var RUN_SOURCE = "([" + CJK + "]+)|((?:(?![" + CJK + "])[\\p{L}\\p{N}])+)";

  var CJK_CHAR = new RegExp("[" + CJK + "]", "u");
  // The filters a search page offers, as URL parameters (search/document.py FACETS): each narrows the
  // results to the articles whose index holds the token kind + ":" + value (facet_token).
  var FACETS = ["section", "person", "paper"];
  // A date range's bounds (from, to): 2022, 2022-03 or 2022-03-25, inclusive (search/dates.py)
  var DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
  var PARAMS = FACETS.concat(["from", "to"]);
  function dateBound(filters, key) {
    var v = ((filters || {})[key] || "").trim();
    return DATE.test(v) ? v : "";
  }
  // A bound of a month or a year as the day a date field shows: its first day, or its last for the range's
  // end (the same range: dates are compared at the precision both have)
  function wholeDay(bound, last) {
    if (!DATE.test(bound) || bound.length === 10) return bound;
    var y = +bound.slice(0, 4), m = bound.length === 7 ? +bound.slice(5, 7) : (last ? 12 : 1);
    var d = last ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1;
    return y + "-" + String(m).padStart(2, "0") + "-" + String(d).padStart(2, "0");
  }
  // Whether a date may fall within start … end: compared at the precision both have (search/dates.py in_range)
  function inRange(date, start, end) {
    function cut(bound) { var n = Math.min(date.length, bound.length); return [date.slice(0, n), bound.slice(0, n)]; }
    return !!date && (!start || cut(start)[0] >= cut(start)[1]) && (!end || cut(end)[0] <= cut(end)[1]);
  }
  // The ids (ascending) within one of the runs (sorted) of ids (search/dates.py within)
  function within(ids, runs) {
    var out = [], r = 0;
    ids.forEach(function (id) {
      while (r < runs.length && runs[r][1] < id) r++;
      if (r < runs.length && runs[r][0] <= id) out.push(id);
    });
    return out;
  }
  function facetTokens(filters) {
    return FACETS.filter(function (k) { return (filters[k] || "").trim(); })
      .map(function (k) { return k + ":" + filters[k].trim(); });
  }
  // Traditional -> simplified characters, as far as the index's fold/<n>.txt files read so far (tokenize.py)
  var T2S = new Map();
  var foldCache = new Map();
  function foldChar(ch) {
    var f = foldCache.get(ch);
    if (f === undefined) {
      f = "";
      for (var c of ch.normalize("NFKC").toLowerCase()) f += T2S.get(c) || c;
      foldCache.set(ch, f);
    }
    return f;
  }
  function fold(s) {
    var out = "";
    for (var ch of s) out += foldChar(ch);
    return out;
  }
  // Folded text plus, for each folded UTF-16 unit, its index in `s`.
  function foldWithMap(s) {
    var out = "";
    var offs = [];
    var i = 0;
    for (var ch of s) {
      var f = foldChar(ch);
      out += f;
      for (var k = 0; k < f.length; k++) offs.push(i);
      i += ch.length;
    }
    offs.push(s.length);
    return { low: out, offs: offs };
  }

  function runs(norm) {
    var re = new RegExp(RUN_SOURCE, "gu");
    var out = [];
    var m;
    while ((m = re.exec(norm)) !== null) {
      out.push({ kind: m[1] ? "cjk" : "word", run: m[0], start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  // Same as tokenize._query_run_tokens: bigram for 2 CJK chars, else
  // all trigrams; a word run looks up its (<= PREFIX_MAX) prefix token.
  function queryRunTokens(kind, run) {
    var cps = Array.from(run);
    if (kind === "cjk") {
      if (cps.length === 2) return [run];
      var toks = [];
      for (var i = 0; i + 2 < cps.length; i++) toks.push(cps[i] + cps[i + 1] + cps[i + 2]);
      return toks;
    }
    return cps.length < 2 ? [] : [cps.slice(0, PREFIX_MAX).join("")];
  }

  // Same rules as tokenize.query_terms.
  function queryTerms(query) {
    var norm = fold(query);
    var terms = [];
    norm.split(/\s+/).forEach(function (chunk) {
      var rs = runs(chunk);
      var groups = [];
      rs.forEach(function (r) {
        var g = groups[groups.length - 1];
        if (g && g.end === r.start) {
          g.runs.push(r);
          g.end = r.end;
        } else {
          groups.push({ start: r.start, end: r.end, runs: [r] });
        }
      });
      groups.forEach(function (g) {
        var toks = new Set();
        g.runs.forEach(function (r) {
          queryRunTokens(r.kind, r.run).forEach(function (t) { toks.add(t); });
        });
        var only = g.runs.length === 1 ? g.runs[0] : null;
        var onlyLen = only ? Array.from(only.run).length : 0;
        var exact = !!only && ((only.kind === "cjk" && (onlyLen === 2 || onlyLen === 3)) ||
          (only.kind === "word" && onlyLen >= 2 && onlyLen <= PREFIX_MAX));
        terms.push({ text: chunk.slice(g.start, g.end), tokens: Array.from(toks).sort(), exact: exact });
      });
    });
    return terms.some(function (t) { return t.tokens.length; }) ? terms : [];
  }

  var encoder = new TextEncoder();
  function fnv1a32(str) {
    var bytes = encoder.encode(str);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  function Reader(buf) { this.b = buf; this.p = 0; }
  Reader.prototype.varint = function () {
    var r = 0, mul = 1, b;
    do {
      b = this.b[this.p++];
      r += (b & 0x7f) * mul;
      mul *= 128;
    } while (b >= 0x80);
    return r;
  };
  // Returns sorted ids, or skips the list when `keep` is false.
  Reader.prototype.postings = function (keep) {
    var kind = this.varint();
    var ids = [];
    if (kind === 0) {
      var count = this.varint(), cur = 0;
      for (var i = 0; i < count; i++) {
        var v = this.varint();
        cur = i === 0 ? v : cur + v;
        if (keep) ids.push(cur);
      }
    } else if (kind === 1) {
      var size = this.varint();
      if (keep) {
        for (var j = 0; j < size; j++) {
          var byte = this.b[this.p + j];
          if (byte) for (var k = 0; k < 8; k++) if ((byte >> k) & 1) ids.push(8 * j + k);
        }
      }
      this.p += size;
    } else {
      throw new Error("bad postings kind");
    }
    return ids;
  };

  var decoder = new TextDecoder();
  function decodeShard(buf, wanted, into) {
    var r = new Reader(buf);
    var n = r.varint();
    for (var i = 0; i < n; i++) {
      var len = r.varint();
      var tok = decoder.decode(buf.subarray(r.p, r.p + len));
      r.p += len;
      var keep = wanted.has(tok);
      var all = r.postings(keep), title = r.postings(keep), often = r.postings(keep);
      if (keep) into.set(tok, [all, title, often]);
    }
  }

  function intersect2(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; }
      else if (a[i] < b[j]) i++;
      else j++;
    }
    return out;
  }
  function intersect(lists) {
    if (!lists.length) return [];
    lists = lists.slice().sort(function (x, y) { return x.length - y.length; });
    var res = lists[0];
    for (var i = 1; i < lists.length; i++) res = intersect2(res, lists[i]);
    return res;
  }

  // Each candidate's tier (query.py tiers): 2 for the terms in the title, 1 for them three or more times.
  function tiers(cands, tokens, entries) {
    function allIn(which) {
      return new Set(intersect([cands].concat(tokens.map(function (t) { return entries.get(t)[which]; }))));
    }
    var inTitle = allIn(1), often = allIn(2);
    return function (d) { return 2 * (inTitle.has(d) ? 1 : 0) + (often.has(d) ? 1 : 0); };
  }

  // How often the query's terms occur in an article (query.py matches): within a tier, on the page the
  // fragments were read for, the article that says it most comes first.
  function matches(frag, terms) {
    var hay = fold(frag.t) + "\n" + fold(frag.x), n = 0;
    terms.forEach(function (t) {
      if (!t.text) return;
      for (var at = hay.indexOf(t.text); at >= 0; at = hay.indexOf(t.text, at + t.text.length)) n++;
    });
    return n;
  }

  function verify(frag, terms) {
    var hay = fold(frag.t) + "\n" + fold(frag.x);
    return terms.every(function (t) { return hay.indexOf(t.text) >= 0; });
  }

  // [{text, mark}] window around the first match (the whole text when whole is true).
  function snippet(text, terms, whole) {
    var fm = foldWithMap(text), low = fm.low, offs = fm.offs;
    var needles = Array.from(new Set(terms.map(function (t) { return t.text; }).filter(Boolean)))
      .sort(function (a, b) { return b.length - a.length; });
    var first = -1;
    needles.forEach(function (n) {
      var p = low.indexOf(n);
      if (p >= 0 && (first < 0 || p < first)) first = p;
    });
    first = first < 0 ? 0 : offs[first];
    var start = whole ? 0 : Math.max(0, first - SNIPPET_BEFORE);
    var end = whole ? text.length : Math.min(text.length, first + SNIPPET_AFTER);
    // In Latin text, start and end the window between words, not inside one.
    var word = /[A-Za-z0-9]/;
    while (start > 0 && start < first && word.test(text[start - 1]) && word.test(text[start])) start++;
    while (end < text.length && end > first && word.test(text[end - 1]) && word.test(text[end])) end--;
    var marks = [];
    for (var i = 0; i < low.length;) {
      var hit = null;
      for (var k = 0; k < needles.length; k++) if (low.startsWith(needles[k], i)) { hit = needles[k]; break; }
      if (hit) {
        var lastOrig = offs[i + hit.length - 1];
        var cp = text.codePointAt(lastOrig);
        marks.push([offs[i], lastOrig + (cp > 0xffff ? 2 : 1)]);
        i += hit.length;
      } else {
        i++;
      }
    }
    // Never cut a highlighted match at the end of the window: show it whole.
    marks.forEach(function (m) { if (m[0] < end && m[1] > end) end = m[1]; });
    var parts = [];
    if (start > 0) parts.push({ text: "…", mark: false });
    var cur = start;
    marks.forEach(function (m) {
      var a = Math.max(m[0], start), b = Math.min(m[1], end);
      if (a >= b || a < cur) return;
      if (cur < a) parts.push({ text: text.slice(cur, a), mark: false });
      parts.push({ text: text.slice(a, b), mark: true });
      cur = b;
    });
    if (cur < end) parts.push({ text: text.slice(cur, end), mark: false });
    if (end < text.length) parts.push({ text: "…", mark: false });
    return parts;
  }

  function fragmentPath(id, group) {
    return "f/" + Math.floor(id / group) + "/" + id + ".json";
  }

  function Searcher(indexBase) {
    this.base = indexBase;
    this.meta = null;
    this.shards = new Map();
    this.folds = new Map();
  }
  // The fold table's files the query needs (query.py fold_parts_for): its CJK characters' files, or every
  // file for an index holding traditional text (its fragments are folded too).
  Searcher.prototype.loadFold = function (query, meta) {
    var self = this, parts = meta.fold_shards || 0, want = new Set();
    for (var ch of query.normalize("NFKC").toLowerCase()) {
      if (parts && (meta.traditional || CJK_CHAR.test(ch))) want.add(ch.codePointAt(0) % parts);
    }
    if (meta.traditional) for (var n = 0; n < parts; n++) want.add(n);
    var missing = Array.from(want).filter(function (n) { return !self.folds.has(n); });
    return Promise.all(missing.map(function (n) {
      var p = self.get("fold/" + n + ".txt", false).then(function (bytes) {
        var cs = Array.from(new TextDecoder().decode(bytes));
        for (var k = 0; k + 1 < cs.length; k += 2) T2S.set(cs[k], cs[k + 1]);
      });
      self.folds.set(n, p);
      return p;
    })).then(function () { if (missing.length) foldCache.clear(); });
  };
  Searcher.prototype.get = function (path, asJson) {
    return fetch(new URL(path, this.base).href).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status + " " + path);
      return asJson ? r.json() : r.arrayBuffer().then(function (b) { return new Uint8Array(b); });
    });
  };
  // The runs of ids [first, last] dated within start … end, in id order (search/dates.py id_runs).
  Searcher.prototype.idRuns = function (start, end) {
    var self = this, found = [];
    return this.get("d/years.json", true).then(function (years) {
      return Promise.all(years.map(function (y) {
        var year = y[0];
        if ((start && year < start.slice(0, 4)) || (end && year > end.slice(0, 4))) return null;
        if (year !== start.slice(0, 4) && year !== end.slice(0, 4)) { found.push([y[1], y[2]]); return null; }
        return self.get("d/" + year + ".json", true).then(function (days) {
          days.forEach(function (d) { if (inRange(d[0], start, end)) found.push([d[1], d[2]]); });
        });
      }));
    }).then(function () {
      return found.sort(function (a, b) { return a[0] - b[0]; });
    });
  };
  Searcher.prototype.shard = function (n) {
    if (!this.shards.has(n)) this.shards.set(n, this.get("t/" + n + ".bin", false));
    return this.shards.get(n);
  };
  // Resolves to a state object; page() fills state.hits.
  Searcher.prototype.start = function (query, filters) {
    var self = this;
    var state = { terms: queryTerms(query), order: [], pos: 0, rejected: 0, hits: [], total: 0, exact: true };
    if (!state.terms.length) return Promise.resolve(state);
    var metaP = this.meta ? Promise.resolve(this.meta) : this.get("meta.json", true);
    return metaP.then(function (meta) {
      if (meta.version !== FORMAT) {
        // a page and an index built by different versions: refuse rather than read the index wrongly
        throw new Error("search index format " + meta.version + ", this script reads format " + FORMAT);
      }
      self.meta = meta;
      return self.loadFold(query, meta);
    }).then(function () {
      var meta = self.meta, terms = state.terms = queryTerms(query);  // folded: 協商 looks up 协商
      var tokSet = new Set();
      terms.forEach(function (t) { t.tokens.forEach(function (x) { tokSet.add(x); }); });
      var termTokens = Array.from(tokSet).sort();
      facetTokens(filters || {}).forEach(function (x) { tokSet.add(x); });
      var tokens = Array.from(tokSet).sort();
      var shardIds = Array.from(new Set(tokens.map(function (t) { return fnv1a32(t) % meta.shards; })));
      return Promise.all(shardIds.map(function (n) { return self.shard(n); })).then(function (bufs) {
        var entries = new Map();
        bufs.forEach(function (buf) { decodeShard(buf, tokSet, entries); });
        if (tokens.some(function (t) { return !entries.has(t); })) return state;
        var cands = intersect(tokens.map(function (t) { return entries.get(t)[0]; }));
        var start = dateBound(filters, "from"), end = dateBound(filters, "to");
        var runs = start || end ? self.idRuns(start, end) : Promise.resolve(null);
        return runs.then(function (dated) {  // the runs of ids holding the dates within the range
          if (dated) cands = within(cands, dated);
          state.tier = tiers(cands, termTokens, entries);  // a filter narrows, it never ranks
          state.order = cands.slice().sort(function (a, b) { return state.tier(b) - state.tier(a) || a - b; });
          state.verify = terms.some(function (t) { return !t.exact; });
          return self.page(state);
        });
      });
    });
  };
  Searcher.prototype.page = function (state) {
    var self = this;
    var group = this.meta.fragment_group;
    var want = state.hits.length + PAGE_SIZE, first = state.hits.length;
    var checked = 0;
    var limit = PAGE_SIZE * (state.verify ? VERIFY_BATCHES : 1);
    function step() {
      if (state.hits.length >= want || state.pos >= state.order.length || checked >= limit) {
        state.total = state.order.length - state.rejected;
        state.exact = !state.verify || state.pos >= state.order.length;
        var page = state.hits.slice(first).map(function (frag, i) {
          return { frag: frag, i: i, tier: state.tier(frag.id), n: matches(frag, state.terms) };
        });
        page.sort(function (a, b) { return b.tier - a.tier || b.n - a.n || a.i - b.i; });
        state.hits.splice.apply(state.hits, [first, page.length].concat(page.map(function (h) { return h.frag; })));
        return Promise.resolve(state);
      }
      var size = state.verify ? PAGE_SIZE : want - state.hits.length;
      var batch = state.order.slice(state.pos, state.pos + size);
      state.pos += batch.length;
      return Promise.all(batch.map(function (id) {
        return self.get(fragmentPath(id, group), true).then(function (frag) { frag.id = id; return frag; });
      }))
        .then(function (frags) {
          frags.forEach(function (frag) {
            checked++;
            if (state.verify && !verify(frag, state.terms)) { state.rejected++; return; }
            if (state.hits.length < want) state.hits.push(frag);
          });
          return step();
        });
    }
    return step();
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function renderHit(frag, terms, siteRoot) {
    var li = el("li", "search-result");
    var h = el("h2", "search-result-title");
    var a = el("a");
    appendMarked(a, snippet(frag.t, terms, true));
    a.setAttribute("href", siteRoot + frag.u);
    h.appendChild(a);
    li.appendChild(h);
    var meta = el("p", "search-result-meta");
    if (frag.d) meta.appendChild(el("span", "search-result-date", frag.d));
    if (frag.s) meta.appendChild(el("span", "search-result-section", frag.s));
    li.appendChild(meta);
    var p = el("p", "search-result-snippet");
    appendMarked(p, snippet(frag.x, terms, false));
    li.appendChild(p);
    return li;
  }

  function appendMarked(parent, parts) {
    parts.forEach(function (part) {
      parent.appendChild(part.mark ? el("mark", null, part.text) : document.createTextNode(part.text));
    });
  }

  function init() {
    var box = document.getElementById("search-results");
    if (!box || !window.fetch || !window.URL) return;
    var form = document.querySelector("form.search-form") || document.querySelector("form[role=search]");
    var input = document.getElementById("q");
    var ds = box.dataset;
    var siteRoot = ds.siteRoot || "";
    var indexPath = ds.index || "index/";
    if (indexPath.slice(-1) !== "/") indexPath += "/";
    var searcher = new Searcher(new URL(indexPath, document.baseURI).href);
    var list = el("ol", "search-results-list");
    list.id = "search-results-list";
    box.parentNode.insertBefore(list, box.nextSibling);
    var more = el("button", "search-more", ds.msgMore || "»");
    more.type = "button";
    more.hidden = true;
    list.parentNode.insertBefore(more, list.nextSibling);
    var generation = 0;
    var current = null;

    function status(msg) { box.textContent = msg || ""; }
    function countMsg(state) {
      var tpl = (!state.exact && ds.msgCountApprox) || ds.msgCount || "{n}";
      return tpl.replace("{n}", String(state.total));
    }
    function show(state, from) {
      for (var i = from; i < state.hits.length; i++) list.appendChild(renderHit(state.hits[i], state.terms, siteRoot));
      status(state.hits.length ? countMsg(state) : ds.msgNone);
      more.hidden = state.pos >= state.order.length;
      box.removeAttribute("aria-busy");
    }
    function fail(error) {
      if (error && window.console) console.error(error.message || error);
      status(ds.msgError || ds.msgNone);
      box.removeAttribute("aria-busy");
    }
    function run(query, filters, then) {
      var gen = ++generation;
      list.textContent = "";
      more.hidden = true;
      current = null;
      if (!query.trim()) { status(""); return; }
      box.setAttribute("aria-busy", "true");
      status(ds.msgLoading);
      searcher.start(query, filters).then(function (state) {
        if (gen !== generation) return;
        current = state;
        show(state, 0);
        if (then) then();
      }, function (error) { if (gen === generation) fail(error); });
    }
    more.addEventListener("click", function () {
      var state = current, gen = generation;
      if (!state) return;
      var from = state.hits.length;
      more.hidden = true;
      searcher.page(state).then(function () { if (gen === generation) show(state, from); },
        function (error) { if (gen === generation) fail(error); });
    });
    // The form's filter fields (named as PARAMS), kept in the URL with the query so a search can be shared
    function field(name) { return form ? form.querySelector("[name=" + name + "]") : null; }
    function filtersOf(read) {
      var out = {};
      PARAMS.forEach(function (k) { out[k] = read(k) || ""; });
      return out;
    }
    if (form && input) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var q = input.value;
        var filters = filtersOf(function (k) { var f = field(k); return f ? f.value : ""; });
        var url = new URL(location.href);
        url.searchParams.set("q", q);
        PARAMS.forEach(function (k) {
          if (filters[k].trim()) url.searchParams.set(k, filters[k].trim());
          else url.searchParams.delete(k);
        });
        history.replaceState(null, "", url.pathname + url.search + url.hash);
        run(q, filters);
      });
    }
    var params = new URLSearchParams(location.search);
    var q = params.get("q") || "";
    var filters = filtersOf(function (k) { return params.get(k); });
    if (input) input.value = q;
    function fill() {
      PARAMS.forEach(function (k) {
        var f = field(k);
        if (!f || !filters[k]) return;
        f.value = f.type === "date" ? wholeDay(filters[k], k === "to") : filters[k];
        if (f.tagName === "SELECT" && f.value !== filters[k]) {  // 资讯 in the URL of a page offering 資訊
          var same = Array.from(f.options).find(function (o) { return o.value && fold(o.value) === fold(filters[k]); });
          if (same) f.value = same.value;
        }
        var box = f.closest("details");
        if (box) box.open = true;  // a search narrowed by the URL shows how
      });
    }
    fill();
    if (q) run(q, filters, fill);  // again once the fold table is read: a choice in the other script
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
