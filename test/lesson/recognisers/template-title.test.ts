import { templateTitle } from '../../../shared/lesson/read/recognisers/template-title';
import { recogniserTable } from './table';

recogniserTable(templateTitle, {
  accept: [
    ["<%= partial('doc_header', :title => 'Unit Framework', :disclaimer => 'K-5') %>", 'Unit Framework'],
    ['{% include page-header.html title="Year 8 Geography" %}', 'Year 8 Geography'],
  ],
  reject: ['title: Course 1 Overview', "<%= partial('doc_header') %>", 'Title: Fractions'],
});
