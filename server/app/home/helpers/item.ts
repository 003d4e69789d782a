// One line of home's to-do list: what, why, where it is done (`page`), and when it closes or
// starts (`due`, with the word that goes before it).
export interface AttentionItem {
  id: string;
  kind: string;
  title: string;
  detail: string;
  page?: string;
  at: string;
  due?: string;
  dueLabel?: '截止' | '开始';
}
