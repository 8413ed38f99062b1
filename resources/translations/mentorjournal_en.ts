<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from earlier check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected action as done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected action as dropped today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected action again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected action (a mistake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an action and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose action is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this action (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed in this check-in; double-click one to reword it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” is now %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Agenda for the next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built from open actions, running experiments, unanswered questions and the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the agenda to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorJournal backs your journal up when it starts and when it closes, and keeps one copy a day for a week, one a week for two months and one a month for a year. Backups stay on this computer, in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a backup to restore; each row says when and why it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup of the journal as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with the selected backup (the journal as it is now is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet; “Back up now” makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the journal (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal with the backup from %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything written after that moment leaves the journal, but the journal as it is now is backed up first, so you can come back to it from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerPage</name>
    <message>
        <source>Skill gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills by the distance between target and current level, widest first; pick one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a skill to add; press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill to grow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this skill to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skills yet. Add the skills you want to grow, with where you are now and where you want to be; the widest gaps come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses, certifications, projects and more; pick one to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of a step to add; press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course, a book, a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this step to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet. Add the steps that close your gaps: a course, a certification, a side project, a cross-functional assignment, a book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the skill “%s”; set where you are and where you want to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%s” to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the skill “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the skill “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan item “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%s” from the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CelebrationBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Drawing the %s chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart; rest the pointer on a marker to read it, click a check-in to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the %s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %s chart could not be drawn (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterEditors</name>
    <message>
        <source>Cadence unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days or weeks between check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterFields</name>
    <message>
        <source>My objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I want from this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two or three things you hope to be able to do, or be, by the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be concrete: a role, a skill, a decision you want to lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they want from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them; mentors have reasons too (coaching practice, a fresh view).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mentorship that serves both sides lasts longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time can we give it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. one hour every other week, no calls on Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must stay confidential?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nothing about current colleagues leaves the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else that limits us?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. time zones, travel, a notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What success looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does success look like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture the end: what is different for you, and how would others notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe it in a sentence or two, then add criteria you can tick off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will we know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurable sign, such as “lead two design reviews”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each criterion gets a target date and is marked met when it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do we meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rhythm you can keep beats an ambitious one you cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every … days or weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long is a session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do we talk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. video for check-ins, chat for quick questions, email for documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do we give each other feedback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. direct and specific, in writing after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on both directions: you will have feedback for them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a short round at the end of every check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which topics are in scope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. career growth, technical leadership, communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naming topics up front makes it easier to rotate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which are out of scope?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pay negotiations with my current employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How candid do we want to be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. blunt is welcome; we assume good intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling confidential insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are confidential insights handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. notes stay in my private journal; nothing is shared without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes (never printed on the one-pager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you keep for yourself about this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How setbacks are framed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do we treat setbacks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a failed experiment with a clear lesson counts as progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding this early makes it safe to try things that may not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often do we revisit the charter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities shift; a date on the calendar keeps the charter alive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterForm</name>
    <message>
        <source>Charter form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <extracomment>Form sections: (title, fields). The wizard walks the same groups in a guided order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setbacks and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterTab</name>
    <message>
        <source>No charter yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charter says what you both want from this mentorship and how it runs: objectives on each side, what success looks like, how often you meet, boundaries, and when you will revisit it. The guide walks through it in a few short pages; skip any page and come back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the charter together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next charter review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed, no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you looked at the charter together and kept it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the guided charter where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the last saved revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these changes as a new revision, with a reason (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one-pager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current revision as a one-page PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save charter revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare charter revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charter one-pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved as a revision yet; what you type is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since revision %d (kept as a draft): %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %d, agreed %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentorship first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the field marked in red first; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved charter revision %d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the last saved revision? The changes in the draft will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes discarded; the form shows the last revision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is only one version so far; save another revision to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter is kept as a draft; continue the guide or the form at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a first revision before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The unsaved draft is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported revision %d to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charter one-pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterWizard</name>
    <message>
        <source>Write the charter together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this page blank for now and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide; what you typed is kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare charter revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a revision to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the fields that changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the fields that are the same in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each charter field in the two revisions; changed fields are marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two revisions are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed between the two revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Given and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions in this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or received?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did I give it or receive it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a line: what was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a line and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this contribution (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contribution first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Add a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measurable sign of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Experiments board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>&amp;Start experiment</source>
        <extracomment>The experiment&apos;s status changed (start, conclude, reopen); lists must refresh. The experiment was deleted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it running from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not started after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again; the outcome is cleared, what you wrote is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal this experiment serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you expect to happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I …, then …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will actually do, and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every design meeting for four weeks, I will …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know, ideally with a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three decisions in one meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the experiment starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you will judge the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which goal does it serve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you expect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the hypothesis confirmed, refuted, or is it too early to tell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you observed, with numbers if you have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learned; needed to conclude, whatever the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you do differently now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you will do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it, change it, or try something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclude experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome and what you learned (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the experiment “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the experiment “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “{title}”. Good luck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back to planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened “{title}”; what you wrote is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded “{title}” with a learning; that counts as progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <source>&amp;New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design a new experiment (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show experiments as a board by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show experiments as a sortable list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show experiments whose text contains these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one status only (list view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show experiments of one goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only experiments still running past their end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column header to sort; pick a row to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An experiment turns advice into something you try: a hypothesis (“if I …, then …”), a plan, how you will know, and in the end what you learned, whether it worked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New experiment: give it a title and a hypothesis.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <source>E&amp;xperiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypotheses you are testing, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals and milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you work towards, and the steps on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;reer plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill gaps and the steps that close them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDataDialog</name>
    <message>
        <source>JSON archive: everything, and it imports back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown folder: one readable file per check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics): the check-ins the charter plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, or one mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mentorship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead to plan check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON archive (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar needs one mentorship; choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this goal matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes for you when it is reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you aim to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, achieved, parked or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the charter&apos;s success criteria this goal serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does it matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which success criteria?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your goals; pick one to edit it and its milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal to this mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal is what this mentorship works towards, with milestones on the way and the success criteria of your charter it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its milestones go with it; its experiments stay, no longer under a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the goal “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two revisions to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show two revisions side by side (Ctrl+D); select two, or one to see what it changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>A MentorJournal archive (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jrnl export (jrnl --format json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Day One export (.zip or Journal.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which program wrote the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship for the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins go to this mentorship; a new name creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into which mentorship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-ins the import will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.json *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was changed; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Edit introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did you meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do they work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who introduced you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced to whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the context?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionsPanel</name>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introductions in this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an introduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you met through this mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you met, who introduced you, and whether you said thanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an introduction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %s tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and where your journal lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the mentorship with %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %s; nothing was deleted. Undo with Ctrl+Z, or find it under View → Show archived mentorships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for running a mentorship on purpose.

Your journal: %s
It stays on this computer; the app never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorshipBar</name>
    <message>
        <source>Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between your mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new mentorship (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the current mentorship (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this mentorship from the switcher; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this mentorship back to the switcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived mentorships too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the &amp;mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the m&amp;entor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set whether you are the mentee or the mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Milestone</source>
        <extracomment>A milestone was reached: (milestone title, goal title).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we marked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps towards this goal; pick one to edit or mark it reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of a new milestone; press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step on the way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this milestone to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you aim to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebration note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did to mark it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee with the team, a note to my mentor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this milestone was reached today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a milestone marked by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did we do to mark it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the milestone “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the milestone “%s”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the milestone “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMentorshipDialog</name>
    <message>
        <source>Start a mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this mentorship with? You can rename it or change your role later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Priya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the switcher, usually their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Priya Raman, staff engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the other person is (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which side of the mentorship you are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the mentorship began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are they?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mentorship a name, such as the other person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Open actions and people met — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions, overdue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected action as done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an introduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone met outside a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the check-in it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the check-in where you met, if there was one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanItemEditor</name>
    <message>
        <source>Plan item title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course, book, project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of step this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far along it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you want it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the skills this step grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the experiments that try this out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which skills does it grow?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which experiments try it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, dark, or follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size of exported PDF reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the journal&apos;s folder (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where automatic backups are kept; leave empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long after your last keystroke a note is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week in calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes this long after I stop typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>This mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this mentorship only, or all of them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the charts reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress charts could not be read from the journal (%s); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Change the passphrase that protects the journal and its backups, or remove it to store them as plain files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the journal and its backups with a passphrase. You will type it every time the app starts; without it the journal cannot be read by anyone, you included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the journal and its backups unencrypted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase, twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Save charter revision %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. renegotiated scope after promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words on why the charter changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are we revising it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mentorship the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentorships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mentorship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s this date (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the %s section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this section in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private check-ins and the charter&apos;s confidential notes are left out unless ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report in your PDF viewer when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report will contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a %s-page report to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStatusLabel</name>
    <message>
        <source>Charter review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the charter of this mentorship is next due for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in check-ins, actions, people and charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must occur; the last one may be partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current mentorship only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word; results appear as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s); Enter opens the first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEdit</name>
    <message>
        <source>The section as formatted text; Ctrl+Shift+R returns to writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Check-in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long did it last?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes; 0 means not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you meet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person, video, call or async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. feedback, hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for finding this check-in later; existing topics are completed as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: leave it out of reports unless I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private check-ins are excluded from reports and exports unless you include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes formatted (Ctrl+Shift+R); switch off to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s check-in from the template (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the next check-in&apos;s agenda from what is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open action, overdue first, and the people met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole journal (Ctrl+F, or Ctrl+K anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the open check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-ins about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only check-ins with this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins of this mentorship, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after each meeting, write what happened, your wins and challenges, the questions you brought and what you learned. Actions you agree on are carried into the next check-in until they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the first check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one on the left, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d of %d check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New check-in started; it saves as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this check-in and its notes? Its actions, contributions and introductions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the charter of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %s is not linked to a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillEditor</name>
    <message>
        <source>Skill name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are now, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you want to be, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows your current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, shipped work, a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you want to be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the evidence?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %s is protected by a passphrase. Enter it to open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>MentorJournal helps you run a mentorship on purpose. Agree a charter with the other person, write a short note after every check-in, and turn advice into small experiments. The app then shows whether you are moving, and makes a report you can hand over.

Your journal is the single file %s. It stays on this computer: the app has no account and never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to MentorJournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a demo journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CriterionRow</name>
    <message>
        <source>A measurable sign, such as “give one internal talk”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you can point to when it has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when you hope to meet it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when it has happened; leave for not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this criterion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavePage</name>
    <message>
        <source>Save the first revision</source>
        <extracomment>(title, fields) in the order two people would talk them through.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charter is kept as dated revisions. Say in a few words why this one exists; later revisions will say what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this revision is being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are we saving it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>No charter saved yet.</source>
        <extracomment>The charter or reviews of this mentorship id changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, dates, autosave and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut on one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo journal opens in its own window, from %s. Your journal is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a PDF report of a mentorship for a chosen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a MentorJournal archive, or entries from jrnl or Day One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything as a JSON archive, Markdown files, or the planned check-ins as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the journal&apos;s backups and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect with passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the journal and its backups, or change or remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check on the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and %d backup(s) are no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and %d backup(s) are encrypted with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The journal as it was is kept as the backup of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a check-in for the current mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search check-ins, actions, people and charters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a mentorship first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
