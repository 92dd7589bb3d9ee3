/** What the voice server says and remembers of a call: spoken slots, the call's state, a commune's phone line. */
package fr.creneau.booking.voice.domain;
