import { transcript } from '../../../shared/lesson/read/recognisers/transcript';
import { recogniserTable } from './table';

recogniserTable(transcript, {
  accept: ['Transcript', 'Video transcript', 'Lesson transcript:', 'Transcript of the video'],
  reject: ['Transcript writing task: pupils write what they heard', 'Starter', 'Transcription errors'],
});
