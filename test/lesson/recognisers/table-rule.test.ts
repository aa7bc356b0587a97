import { tableRule } from '../../../shared/lesson/read/recognisers/table-rule';
import { recogniserTable } from './table';

recogniserTable(tableRule, {
  accept: ['| ---------- | ----------- |', '|:---|:---:|', '+------+------+'],
  reject: ['| 5 Minutes | Do Now |', '---', 'a - b'],
});
