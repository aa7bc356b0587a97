import { recogniser } from '../recogniser';

/** "Minutes of the meeting", "Apologies", "Action points", "AOB": meeting minutes, not a plan. */
export const meetingMarker = recogniser('meeting-marker', (text) =>
  /^(?:minutes(?: of (?:the )?(?:\w+ ){0,3}meeting)?|attendees|present|apologies(?: for absence)?|action points|actions|agreed actions|aob|any other business|matters arising|agenda|date of next meeting|next meeting|chair|minute taker)\b/i.test(
    text,
  )
    ? true
    : undefined,
);
