package io.homeshore.shared;

/** How a contact reaches us. Voice and chat are answered live; e-mail has a response-time target in hours. */
public enum Channel {
    VOICE, CHAT, EMAIL
}
