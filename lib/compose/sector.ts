import { terms } from './meaning';

/**
 * Software, data and product work, by the words of a job, an employer or an aim. Within it, blind reviewers read "What from your
 * experience as a scrum master would help me present forecasts to non-technical stakeholders?" as a fair bridge (r25 paired
 * reviews of the shared fixtures, 19 to 6 and 38 to 6); across worlds, "…as a pharmacy informatics lead would help me do a
 * sommelier course?" as a link the page never makes (r24h, 75 to 1).
 */
const TECH = new Set([...terms('software developer coder data analytics analyst tech technology product ux scrum agile backend frontend devops saas informatics automate automation').stems]);

/** Whether a text names software, data or product work. */
// "Consumer products", "dairy products": goods, not product work; never "programmer", whose stem is that of "MBA programmes"
// (r41, set 37: an FMCG brand manager applying to MBA programmes read as in tech).
export const inTech = (text: string) => [...terms(text.replace(/\bproducts\b/gi, '')).stems].some((s) => TECH.has(s));
