import type { EngineCatalog } from "./shape";

/** English: the same keys and parameters as zh-CN (checked at compile time, see text.ts). */
export const enEngine = {
  required: "“{column}” is empty",
  "required.none":
    "This row only says “{value}”: read as the unit having nothing to report; if it has, fill the row in",
  "required.placeholder": "“{column}” only says “{value}”; this column needs an actual entry",
  "date.format": "“{value}” is not a recognisable date; write it as 2023-01-05 or 2023年1月5日",
  "date.month": "“{value}”: month {month} does not exist (months run from 1 to 12)",
  "date.day": "“{value}” does not exist: {year}-{month} has only {days} days",
  "date.weekday":
    "“{value}”: the date and the day of the week disagree; {year}-{month}-{day} is a 星期{weekday}, please check",
  "date.year-last":
    "“{value}” puts the year last, so it could be {monthFirst} or {dayFirst}; write the year first, e.g. 2023-01-05 or 2023年1月5日",
  "date.year": "“{value}”: the year {year} is wrong; write four digits, e.g. 2023",
  "date.no-year": "“{value}” has no year; add it, e.g. “2023年{written}”",
  "row.hidden":
    "This row is hidden in the file as sent (hidden, filtered out or folded): nobody opening the file sees it. It is merged like the others; if it should not be reported, delete the row and send the file again",
  "row.example":
    "This row looks like the template's sample (“{value}”), not an entry: delete it if it is the sample, or write the real entry",
  "date.no-day": "“{value}” gives no day: write the talk's date in full, e.g. 2023-01-05",
  "date.tenth-month":
    "“{value}” is stored as a number, read as January {year}; but typing {year}.10 in a spreadsheet drops the trailing 0 and stores {value} too: if October is meant, write it as “{year}年10月”",
  "date.future":
    "“{value}” is after the form was filled in ({asOf}), but the talk has taken place: check the year and month",
  "date.before": "“{value}” is before {what} ({since}), so it is no {column} of this campaign: check the year",
  "date.time-only": "“{column}” has a time ({time}) but no date; write the date, e.g. “2023-01-05 {time}”",
  "item.several":
    "“{column}” holds {count} numbered items in one cell ({first}…); write one a row: the summary counts and sorts them by row",
  "person.several":
    "“{column}” names {count} people in one cell ({names}); write one person a row: the summary counts talks by row",
  ditto: "This row's 同上 (“as above”) in {columns} was merged as the row above's value",
  "ditto.nothing-above":
    "“{column}” says “{value}” (as above), but there is nothing above to take: write the value itself",
  "formula.error-value":
    "“{column}” shows a formula's error {value}, not what was meant: fill in the value (or correct the formula) and send it again",
  "formula.uncalculated":
    "“{column}” is a formula ({formula}) saved without its result, so there is no value to read: open the file in Excel or WPS, save it and send it again",
  "date.ongoing":
    "“{value}” is a standing task's time, not a date: fine as the plan, but there is no date to follow it up by; if there is one, write it, e.g. “2023年12月底前”",
  "date.serial-text":
    "“{value}” is the number a spreadsheet keeps a date as ({date}), stored as text; format the cell as a date or write “{date}”",
  "date.several":
    "“{value}” gives a span or several dates; a cell takes one date, e.g. “{first}”; for several sessions use one row each",
  "date.span-end":
    "“{value}” gives a span; {column} is taken as its end, “{end}”; if another day is meant, write that one date",
  "date.stages-end":
    "“{value}” gives a deadline for each stage; {column} is taken as the last, “{end}”; if another day is meant, write that one date",
  "talk-type": "Talk type “{value}” is not one of: {allowed}",
  enum: "“{value}” is not one of: {allowed}",
  "talk-type.similar": "Talk type “{value}” is not one of: {allowed}; is it “{similar}”?",
  "talk-type.other":
    "Talk type “{value}” is not one of those listed ({allowed}); the plan says “等” (and others), so it is kept and counted as other",
  "enum.other": "“{value}” is not one of those listed ({allowed}); it is kept, please check",
  "talk-type.other-near":
    "Talk type “{value}” is not one of those listed ({allowed}); is it “{similar}”? If it is another kind of talk, it is kept (the plan says “等”) and counted as other",
  "enum.other-near":
    "“{value}” is not one of those listed ({allowed}); is it “{similar}”? If not, it is kept, please check",
  "talk-type.several":
    "“{value}” gives several talk types ({values}); a cell takes one: choose the main one, or use one row per talk",
  "enum.several": "“{value}” gives several values ({values}); a cell takes one of: {allowed}",
  "talk-type.unticked": "“{value}” lists the talk types but none is ticked (☑ or √): tick one, or write the talk type",
  "enum.unticked": "“{value}” lists the choices but none is ticked (☑ or √): tick one of: {allowed}",
  "enum.similar": "“{value}” is not one of: {allowed}; is it “{similar}”?",
  "unit.missing": "The reporting unit (填报单位) is empty; write the unit's name after 「填报单位：」",
  "unit.from-file": "The reporting unit is empty; taken from the file name as “{unit}”",
  "unit.from-title": "The reporting unit is empty; taken from the form’s title as “{unit}”",
  "unit.from-sheet": "The reporting unit is empty; taken from sheet “{sheet}” of the same file as “{unit}”",
  "unit.from-folder": "The reporting unit is empty; taken from the file’s folder as “{unit}”",
  "unit.from-sheet-name": "The reporting unit is empty; taken from the sheet’s name “{sheet}” as “{unit}”",
  "unit.unknown": "The reporting unit “{unit}” is not on the roster",
  "unit.unknown-like":
    "The reporting unit “{unit}” is not on the roster; is it the roster's “{likely}”? If so, correct the reporting unit (or that name on the roster) and merge again",
  "unit.similar":
    "The reporting unit “{unit}” is not the roster's name; taken as “{similar}”, the one roster unit that holds it: please check",
  "unit.file-differs":
    "填报单位 says “{unit}” but the file’s name is “{named}”’s: counted for “{unit}”; if this is “{named}”’s return (another unit’s form copied?), correct 填报单位 and merge again",
  "unit.several":
    "The reporting unit names several units on the roster ({unit}, {others}); merged as “{unit}”; for a joint return, each unit should send its own",
  "count.max": "This unit entered {count} items; each unit may declare {min} to {max}",
  "count.min": "Nothing is filled in; each unit should declare {min} to {max} items",
  duplicate: "Same content as row {first}; possibly entered twice",
  "duplicate.item": "Same content as the item at {cell}; possibly entered twice",
  "duplicate.other-file":
    "Same content as row {first} of sheet “{sheet}” in “{file}”; possibly entered twice (again in a later file?)",
  "duplicate.other-sheet": "Same content as row {first} of sheet “{sheet}”; possibly entered twice (a copied sheet?)",
  "header.missing": "Column “{column}” is missing",
  "header.mapped": "Header “{header}” read as the form’s column “{column}”",
  "header.choices":
    "“{column}” is drawn as a column per choice ({choices}): each row is read as the choice it ticks (√)",
  "header.vertical":
    "This form was filled in standing up (headers down column {column}): read by its headers, {items} item(s) in all",
  "sheet.unread":
    "Sheet “{sheet}” is titled as 附件{number} {name}, but its header was not found (it should have: {columns}), so it was not merged: ask for it again with the template's header",
  "sheet.sample":
    "Sheet “{sheet}” is named as the template’s filled-in example; its {rows} rows are merged too: if they are not what the unit filled in, delete the sheet and send the file again",
  "sheet.far-cells":
    "Sheet “{sheet}” holds “{value}” in column {column}, far to the right of the form, which is not merged ({count} such cell(s) in all): if it matters, move it into the form and send the file again; otherwise ignore this",
  "sheet.hidden":
    "Sheet “{sheet}” is hidden (nobody opening the file sees it); its {rows} rows are merged too; if it is an old copy or a draft, delete it and send the file again",
  "header.untitled":
    "The column {column} has no header, but rows of the form have something in it: kept as it is (as “{column}” in the summary); please check",
  "header.unknown": "“{header}” is not a column of this form; its content is kept as it is",

  "schema.not-object": "A form definition must be an object",
  "schema.id": "Form {form}: id must be an identifier starting with a lower-case letter",
  "schema.number": "Form {form}: number (the annex number) must be a positive integer",
  "schema.title": "Form {form}: the title is missing",
  "schema.short-name": "Form {form}: shortName is missing",
  "schema.unit-line": "Form {form}: unitLine must be true or false",
  "schema.collected": "Form {form}: collected must be true or false",
  "schema.version": "Form {form}: version must be a positive integer",
  "schema.blank-rows": "Form {form}: blankRows must be a non-negative integer",
  "schema.notes": "Form {form}: notes must be a list of texts",
  "schema.columns": "Form {form}: at least one column is needed",
  "schema.count": "Form {form}: count's min and max must be integers",
  "schema.count-order": "Form {form}: count's min is greater than its max",
  "schema.merge-down": "Form {form}: column {key} in mergeDown does not exist",
  "schema.prefilled": "Form {form}: pre-filled row {row} names column {key}, which does not exist",
  "schema.column-object": "Form {form}, column {column}: must be an object",
  "schema.column-key": "Form {form}, column {column}: the key is missing",
  "schema.column-key-twice": "Form {form}, column {column}: key {key} is used twice",
  "schema.column-header": "Form {form}, column {column}: the header is missing",
  "schema.column-type": "Form {form}, column {column}: type must be index, text, date or enum",
  "schema.column-enum": "Form {form}, column {column}: an enum column needs its list of values (enumeration)",
  "schema.column-enum-code": "Form {form}, column {column}: enumCode must be talk-type or enum",
  "schema.column-past": "Form {form}, column {column}: past is for date columns only, true or false",
  "schema.column-since":
    "Form {form}, column {column}: since is for date columns only, with a date (the day, e.g. 2022-10-16) and what (what that day is, e.g. 党的二十大开幕)",
  "schema.column-one-item": "Form {form}, column {column}: oneItem is for text columns only, true or false",
  "schema.column-one-person": "Form {form}, column {column}: onePerson is for text columns only, true or false",
  "schema.column-open": "Form {form}, column {column}: open is for enum columns only, true or false",
  "schema.column-width": "Form {form}, column {column}: width must be a positive number",
  "schema.column-aliases": "Form {form}, column {column}: aliases must be a list of non-empty texts",
  "schema.column-titled-aliases":
    "Form {form}, column {column}: titledAliases must be a list of non-empty texts (short names taken under the form's title)",
  "schema.column-follows":
    "Form definition {form}, column {column}: follows must be the key of another column of the form (of equal headers, this one stands right after that one)",
  "schema.column-joins":
    "Form {form}, column {column}: joins must be a list of non-empty texts (headers of columns right after this one that belong to it)",
  "schema.column-parts":
    "Form {form}, column {column}: parts must list at least two non-empty texts (the headers of the columns it is split into)",
  "schema.taken": "Form {form}: another form has the same id or annex number",

  "read.empty": "The file is empty (0 bytes); ask the unit to send it again",
  "read.shortcut":
    "A shortcut ({ext}), not the file itself: find the file it points to (right-click › Open file location) and choose that",
  "read.not-workbook": "Not a spreadsheet ({ext}); merging reads spreadsheet files such as .xlsx, .xls, .ods and .csv",
  "read.kind-scan":
    "A {ext} file (a printed or scanned layout), whose tables cannot be read: ask the unit for the filled-in spreadsheet (.xlsx, .xls or .et); a stamped copy may come beside it",
  "read.kind-image":
    "This is a picture ({ext}); what it shows cannot be read: ask for the template filled in and sent as a spreadsheet, not a screenshot or photo",
  "read.word-pictures":
    "This Word document has no table, only {count} pictures (screenshots or photos?), whose content cannot be read: ask for the template filled in and sent again",
  "read.archive":
    "An archive ({ext}); unpack it first, then merge the files it holds (a .zip, .rar or .7z is read directly, but not other archives)",
  "read.archive-damaged":
    "This archive is damaged or incomplete and cannot be opened: download it again, or unpack it and merge the files",
  "read.archive-empty":
    "This archive holds no file (only empty folders or system files); packing or uploading it may have gone wrong: ask for it again",
  "read.mail-no-attachments":
    "This mail has no attachment (only its text): the forms may be in another mail, or the sender forgot to attach them; if it was sent as a large-file link (超大附件), download the files from the link first",
  "read.mail-pictures":
    "This mail has no attachment, only {count} pictures in its text (screenshots or photos?), whose content cannot be read: ask for the template filled in and attached",
  "read.mail-damaged":
    "This mail is damaged and its attachments cannot be read: open it in the mail program, save the attachments and merge them",
  "read.mail-linked":
    "This attachment is only a link (a cloud attachment or a path on the sender's computer); the mail does not hold the file: download it from the link, or ask for the file attached itself",
  "read.mail-object":
    "An object inserted into the mail's text (a picture or another program's document), not a spreadsheet file: ask for the filled-in form attached as a file",
  "read.mail-tnef":
    "Outlook's winmail.dat, with no file in it that can be read: open the mail in Outlook and save the attachments, or ask for it to be sent again in HTML format",
  "read.archive-too-many":
    "This archive holds more than {limit} files, which is not a collection of returns: unpack it and merge the returns alone",
  "read.archive-nested":
    "An archive inside an archive inside an archive, not opened: unpack it and merge the files it holds",
  "read.archive-locked":
    "This archive is password-protected, its file names included, and cannot be read: unpack it (with the password) and merge the files, or ask for it again without a password",
  "read.archive-encrypted": "This file in the archive is password-protected: unpack it (with the password), then merge",
  "read.archive-too-large":
    "This file in the archive is too large once unpacked to be a return; skipped: unpack it and check",
  "read.archive-damaged-entry":
    "This file in the archive is damaged and cannot be unpacked: download the archive again, or ask for the file again",
  "read.no-extension":
    "Not a spreadsheet (no extension); merging reads spreadsheet files such as .xlsx, .xls, .ods and .csv",
  "read.password":
    "The file has an open password and cannot be read; ask the unit to open it in WPS or Excel, clear the password under Encrypt Document / Encrypt with Password, save and resend it",
  "read.xls-encrypted":
    "This .xls file has a password to open and cannot be read; ask the unit to remove the password in WPS or Excel (if they never set one, to unprotect the workbook), save as .xlsx and resend it",
  "read.xls-unreadable":
    "The content of this .xls file cannot be read (perhaps made by an old or unusual program); ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.et": "This WPS .et file cannot be read; save it as .xlsx in WPS (Save As), then merge again",
  "read.sheet-damaged":
    "Sheet “{sheet}” is damaged and its contents cannot be read ({ext}); ask the unit to open the file in WPS or Excel, check that sheet and save it as .xlsx again",
  "read.damaged":
    "The file is damaged or not a supported spreadsheet format ({ext}); ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.too-large":
    "The file is {mb} MB, over the limit of {limit} MB per file (returned forms are usually a few dozen KB); ask the unit to remove pictures and extra content and resend it",
  "read.unpacked-too-large":
    "Unpacked, the file is over the limit of {limit} MB (it may be damaged or hold a great deal of empty formatting); ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.too-many-rows":
    "Sheet “{sheet}” has more than {limit} filled rows, over the limit; ask the unit to keep only the returned form and resend it",
  "read.too-many-columns":
    "Sheet “{sheet}” has content in column {count}, over the limit of {limit} columns; ask the unit to delete the extra content right of the form and resend it",
  "read.too-many-cells":
    "The file has more than {limit} filled cells, over the limit; ask the unit to keep only the returned form and resend it",
  "read.cell-too-long":
    "Cell {cell} of sheet “{sheet}” holds {count} characters, over the {limit} a spreadsheet cell holds (neither WPS nor Excel can show it whole); ask the unit to check that cell and resend the file",
  "read.timeout":
    "Reading took longer than {seconds} seconds and was stopped (the file may be damaged); ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.out-of-memory":
    "Reading needed more than the limit of {mb} MB of memory and was stopped (the file may be damaged); ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.crashed":
    "The reader stopped unexpectedly on this file ({detail}); it may be damaged. Ask the unit to open it in WPS or Excel, save as .xlsx and resend it",
  "read.kind-numbers":
    "This is an Apple Numbers file; ask the unit to export it to Excel in Numbers and send the .xlsx",
  "read.docx-damaged":
    "The Word document is damaged or not a real .docx: ask for it again, or for the spreadsheet template filled in",
  "read.word-old":
    "The tables of this {ext} document (Word or WPS Writer) cannot be read (an older format, or a damaged file): open it and save it as .docx, or ask for the form filled in the spreadsheet template",
  "read.kind-word":
    "This is a text document (Word or WPS Writer), not a spreadsheet; ask the unit for the filled-in form",
  "read.kind-powerpoint":
    "This is a presentation (PowerPoint or WPS Presentation), not a spreadsheet; ask the unit for the filled-in form",
  "read.kind-pdf": "This is a PDF; its data cannot be merged. Ask the unit for the filled-in form (.xlsx or similar)",
  "read.kind-html": "This is a web page ({ext}) with no table in it; ask the sender for the filled-in spreadsheet",
  "read.kind-xml":
    "This is XML but not a spreadsheet (neither Excel 2003 XML nor .fods); ask the unit for the filled-in form",
  "read.kind-text":
    "The content is plain text, not a spreadsheet (yet named {ext}); if it is a CSV renamed, rename it back to .csv; otherwise ask the unit to resend the spreadsheet",
  "read.kind-zip":
    "The content is a zip archive, not a {ext} spreadsheet; if the forms came packed, unpack them and merge the spreadsheet files inside",
  "read.lock-file":
    "A temporary file WPS or Excel leaves while a file is open (name starts with ~$), not a return; skipped",
  "read.no-permission":
    "No permission to read this file; check its permissions, or copy it to another folder and merge again",
  "read.symlink-loop": "A shortcut that points to itself (a symbolic link loop); it cannot be opened",
  "read.not-regular-file": "Not a regular file (a pipe, device or socket); skipped",
  "read.busy": "Another program holds this file; close that program and merge again",
  "read.gone": "The file no longer exists (just moved, or a shortcut to a deleted file)",
  "read.os-error": "The system cannot open this file ({code})",
  "read.wps-archive":
    "WPS Spreadsheets' dialog cannot open an archive or a saved mail: choose it with the Choose files button, or drop it here, and the forms in it are merged",
  "read.wps-word":
    "WPS's own dialog cannot read a Word document: choose it with the Choose files button, or drop it here, and its tables are merged",
  "read.wps-open": "WPS cannot open this file: {detail}",
  "read.browser":
    "The browser cannot read this file ({detail}); make sure it is not a folder and no other program holds it",
  "read.error-value": "#ERROR",
  "read.failed": "This file cannot be read: {detail}",
  "read.used-range-too-large":
    "Sheet “{sheet}” uses {range}, too large a range with values scattered across it, and cannot be read: press Ctrl+End to find its last cell, delete what lies outside the form, and try again",
} as const satisfies EngineCatalog;
