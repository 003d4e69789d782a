/* global Component */
// 计票键盘 (count pad), a native WeChat component: four big buttons (同意/反对/弃权/废票) and a
// running tally. Each tap changes one number with one small setData path ('counts.yes') so a
// pile of ballots taps through without re-rendering the page; the page hears a `count` event
// ({kind, count, total}) per tap and sends the entry itself.
const KINDS = ['yes', 'no', 'abstain', 'invalid'];

Component({
  properties: {
    elder: { type: Boolean, value: false },
    // {kind, n}: the page takes back one tap of `kind` (an entry the server refused, or a ballot
    // entered again under another kind). A property rather than a method call, so it reaches the
    // pad wherever Taro renders it (selectComponent does not cross Taro's nested templates).
    takeBack: { type: Object, value: null },
  },
  observers: {
    takeBack(t) {
      if (t && t.kind && t.n !== this._lastTakeBack) {
        this._lastTakeBack = t.n;
        this.undo(t.kind);
      }
    },
  },
  data: {
    counts: { yes: 0, no: 0, abstain: 0, invalid: 0 },
  },
  methods: {
    tap(e) {
      const kind = e.currentTarget.dataset.kind;
      if (KINDS.indexOf(kind) < 0) return;
      const count = this.data.counts[kind] + 1;
      const c = this.data.counts;
      const total = c.yes + c.no + c.abstain + c.invalid + 1;
      // One path, one number: never the whole tally (the total is summed in the template).
      this.setData({ ['counts.' + kind]: count });
      this.triggerEvent('count', { kind: kind, count: count, total: total });
    },
    /** Takes back the last tap of a kind (an entry the server refused). */
    undo(kind) {
      if (KINDS.indexOf(kind) < 0 || this.data.counts[kind] === 0) return;
      this.setData({ ['counts.' + kind]: this.data.counts[kind] - 1 });
    },
  },
});
