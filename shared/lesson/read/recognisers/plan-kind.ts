import { recogniser } from '../recogniser';

/**
 * "## Lesson 3: Maze - Sequence", "Week 2 – Fractions", "Session 4:": a heading for one
 * lesson of several. Gives the lesson's title. "Lesson 2 of 6" in a sentence is not one.
 */
export const lessonHeading = recogniser('lesson-heading', (text) => {
  const match = /^(?:lesson|session|week|day) ?(\d{1,2})[a-z]?(?:(?: ?[:–—-] ?| )(.{0,120}))?$/i.exec(text);
  const title = match?.[2]?.trim() ?? '';
  if (match === null || /^of \d/i.test(title)) return undefined;
  return title === '' ? text : title;
});

/** "Scheme of work", "Unit overview", "Stage planner", "Medium term plan": a document of several lessons. */
export const schemeTitle = recogniser('scheme-title', (text) =>
  /\b(?:schemes? of work|unit (?:overview|plan)|course overview|curriculum (?:framework|map|overview)|stage planner|medium[- ]term plan|long[- ]term plan|weekly plan|unit of work|sow)\b/i.test(
    text,
  )
    ? true
    : undefined,
);

/** "Mon Tue Thur", "Monday | Tuesday | Wednesday": a week's grid, one lesson a day. */
export const weekdayColumns = recogniser('weekday-columns', (text) => {
  const days = text.match(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)(?:day)?\b/gi);
  return days !== null && new Set(days.map((day) => day.slice(0, 2).toLowerCase())).size >= 3
    ? true
    : undefined;
});

/**
 * "Tutoring", "one-to-one", "1:1 session", "tuition", "catch-up intervention – wave 2": a
 * session for one pupil or a small group outside the class lesson.
 */
export const tuitionSession = recogniser('tuition-session', (text) =>
  /\b(?:tutoring|tuition|tutee|tutor-led|one[- ]to[- ]one|1:1|1-1 (?:session|lesson)|individual (?:[a-z0-9]+ ){0,3}(?:tutoring|lesson|session)|intervention|catch[- ]up|booster (?:session|group)|wave [23]|small[- ]group support)\b/i.test(
    text,
  )
    ? true
    : undefined,
);

/** "Minutes of the meeting", "Apologies", "Action points", "AOB": meeting minutes, not a plan. */
export const meetingMarker = recogniser('meeting-marker', (text) =>
  /^(?:minutes(?: of (?:the )?(?:\w+ ){0,3}meeting)?|attendees|present|apologies(?: for absence)?|action points|actions|agreed actions|aob|any other business|matters arising|agenda|date of next meeting|next meeting|chair|minute taker)\b/i.test(
    text,
  )
    ? true
    : undefined,
);

/** "Name: ________", "Date: ....", a line to write on: a worksheet's space for the pupil. */
export const answerSpace = recogniser('answer-space', (text) =>
  /_{4,}|\.{6,}|^(?:name|date|class|form) ?: ?$/i.test(text) ? true : undefined,
);
