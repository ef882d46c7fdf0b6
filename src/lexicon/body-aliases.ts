/**
 * Well-known bodies and places whose other names share no initials or spelling with them, so no
 * rule could link them. One row a body: its names, the first one shown. Sources: the bodies'
 * own short forms as the AP Stylebook and the Reuters Handbook of Journalism list them, and
 * Wikipedia's article titles and redirects for each row.
 */
const ROWS = `
United States|US|U.S.|USA|U.S.A.|United States of America|America
United Kingdom|UK|U.K.|Britain|Great Britain
European Union|EU|E.U.
United Nations|UN|U.N.
International Monetary Fund|IMF
Federal Reserve|Fed|Federal Reserve Board|Federal Reserve System|US Federal Reserve|U.S. Federal Reserve
European Central Bank|ECB
Bank of England|BoE
Republican Party|Republicans|GOP|Grand Old Party
Democratic Party|Democrats
Conservative Party|Conservatives|Tories|Tory Party
Labour Party|Labour
Social Democratic Party of Germany|SPD|Social Democrats|Social Democratic Party
Christian Democratic Union|CDU|Christian Democrats
Alternative for Germany|AfD
World Health Organization|WHO
North Atlantic Treaty Organization|NATO
Organization of the Petroleum Exporting Countries|OPEC
US Department of Justice|Justice Department|Department of Justice|DOJ
Securities and Exchange Commission|SEC
`;

/** Folded name → the row's first name, folded the same way by the caller's key function. */
export const BODY_ALIAS_ROWS: readonly string[][] = ROWS.trim().split("\n").map((row) => row.split("|"));
