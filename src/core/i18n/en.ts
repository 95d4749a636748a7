import type { Catalog } from "./zh-CN";

/** English messages: the same keys as zh-CN (a test checks it). */
export const en: Catalog = {
  required: "“{column}” is empty",
  "date.format": "“{value}” is not a recognisable date; write it as 2023-01-05 or 2023年1月5日",
  "date.month": "“{value}”: month {month} does not exist (months run from 1 to 12)",
  "date.day": "“{value}” does not exist: {year}-{month} has only {days} days",
  "date.year": "“{value}”: the year {year} is wrong; write four digits, e.g. 2023",
  "date.no-year": "“{value}” has no year; write a full date such as 2023年6月底前",
  "talk-type": "Talk type “{value}” is not one of: {allowed}",
  enum: "“{value}” is not one of: {allowed}",
  "unit.missing": "The reporting unit (填报单位) is empty; write the unit's name after 「填报单位：」",
  "unit.from-file": "The reporting unit is empty; taken from the file name as “{unit}”",
  "unit.unknown": "The reporting unit “{unit}” is not on the roster",
  "count.max": "This unit entered {count} items; each unit may declare {min} to {max}",
  "count.min": "Nothing is filled in; each unit should declare {min} to {max} items",
  duplicate: "Same content as row {first}; possibly entered twice",
  "header.missing": "Column “{column}” is missing",
  "header.unknown": "“{header}” is not a column of this form; its content is kept as it is",
};
