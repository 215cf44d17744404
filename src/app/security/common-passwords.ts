// The words guessers try first: the most common passwords and their stems, and this app's own words.

/**
 * Stems of the most used passwords, from the published top lists (NCSC's 100,000 most common
 * passwords from Have I Been Pwned, 2019; SplashData and NordPass yearly lists), lower case, 4
 * letters or more (shorter ones are caught as sequences or repeats, or are too short to matter
 * inside a 15-character passphrase). Digits and leetspeak are matched separately.
 */
export const COMMON_PASSWORDS: readonly string[] = `
  password passwort passw0rd qwerty iloveyou letmein welcome admin administrator login monkey
  dragon football baseball basketball soccer hockey sunshine princess shadow master superman
  batman spiderman trustno1 starwars whatever freedom michael jennifer jordan hunter ashley
  bailey charlie donald access flower hottie loveme lovely computer corvette thomas tigger
  robert killer pepper daniel andrew harley ranger buster jessica george ginger joshua cheese
  amanda summer winter spring autumn nicole chelsea biteme matthew yankees dallas austin
  thunder taylor matrix minecraft pokemon samsung google internet secret changeme default
  family friends forever blessed angel happy london liverpool arsenal banana chocolate cookie
  purple orange silver golden diamond maggie hannah sophie lucky tennis monday friday sunday
  january december love sweet heart hello test guest user root pass god jesus money mother
  father baby angels daddy mommy ninja mustang ferrari porsche merlin zaq1 cowboy
  eagles phoenix rainbow butterfly jasmine justin michelle jackson william oliver mylove
  babygirl iloveu qwertz azerty ytrewq master1 super power
  batman1 letmein1 welcome1 password1 abc123 p@ssword nothing unknown blink182 myspace
  facebook linkedin twitter apple iphone android windows microsoft simple easy open opensesame
  letmeinnow correcthorse batterystaple correcthorsebatterystaple
`
  .trim()
  .split(/\s+/);

/**
 * Words of this app and of the work it is used for: a thief who knows what the tablet is for
 * tries them first (NIST SP 800-63B rev. 4, 3.1.1.2, lists "context-specific words, such as the
 * name of the service" among what a blocklist must hold).
 */
export const CONTEXT_WORDS: readonly string[] = `
  homeassess home assess assessment therapy therapist occupational clinic clinical patient
  client health healthcare care nurse hospital tablet visit report ipad galaxy
`
  .trim()
  .split(/\s+/);
