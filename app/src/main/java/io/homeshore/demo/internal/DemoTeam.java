package io.homeshore.demo.internal;

import io.homeshore.shared.Channel;
import java.util.List;
import java.util.Set;

/** The eight demo teams: where they sit, what they mostly handle, and on which channels. */
record DemoTeam(String name, String slug, String site, String skill, Set<Channel> channels, int agents, boolean nights) {

    static final List<DemoTeam> ALL = List.of(
            new DemoTeam("Billing Amsterdam", "billing-amsterdam", "Amsterdam", "billing", Set.of(Channel.VOICE), 18, false),
            new DemoTeam("Tech Amsterdam", "tech-amsterdam", "Amsterdam", "tech", Set.of(Channel.VOICE, Channel.CHAT), 16, false),
            new DemoTeam("Chat Amsterdam", "chat-amsterdam", "Amsterdam", "general", Set.of(Channel.CHAT), 14, false),
            new DemoTeam("Tokyo Voice", "tokyo-voice", "Tokyo", "billing", Set.of(Channel.VOICE), 15, false),
            new DemoTeam("Tokyo Digital", "tokyo-digital", "Tokyo", "general", Set.of(Channel.CHAT, Channel.EMAIL), 15, false),
            new DemoTeam("Chicago Tech", "chicago-tech", "Chicago", "tech", Set.of(Channel.VOICE, Channel.CHAT), 15, true),
            new DemoTeam("Chicago Care", "chicago-care", "Chicago", "retention", Set.of(Channel.VOICE, Channel.EMAIL), 14, true),
            new DemoTeam("Chicago Nights", "chicago-nights", "Chicago", "general", Set.of(Channel.CHAT, Channel.VOICE), 13, true));
}
