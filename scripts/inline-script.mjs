// One rule for script text inlined in an HTML <script> element (the playground and the compare report):
// "</script" inside it (in a string or regex) would end the element early; "<\/script" is the same text
// to JavaScript.
export const inlineScript = (script) => script.replace(/<\/(script)/gi, "<\\/$1");
