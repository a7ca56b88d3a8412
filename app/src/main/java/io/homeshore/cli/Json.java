package io.homeshore.cli;

import io.homeshore.staffing.erlang.QueueMeasures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Flat JSON objects of numbers and strings; infinite values (unstable Erlang C queue) become null. */
final class Json {

    private Json() {}

    static Map<String, Object> measures(QueueMeasures m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("agents", m.agents());
        json.put("erlangs", m.erlangs());
        json.put("stable", m.stable());
        json.put("waitProbability", m.waitProbability());
        json.put("serviceLevel", m.serviceLevel());
        json.put("serviceLevelOfAnswered", m.serviceLevelOfAnswered());
        json.put("asaSeconds", m.asa());
        json.put("asaOfAnsweredSeconds", m.asaOfAnswered());
        json.put("abandonProbability", m.abandonProbability());
        json.put("occupancy", m.occupancy());
        json.put("meanQueueLength", m.meanQueueLength());
        return json;
    }

    static String object(Map<String, Object> fields) {
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\": " + value(e.getValue()))
                .collect(Collectors.joining(",\n  ", "{\n  ", "\n}"));
    }

    private static String value(Object v) {
        if (v instanceof Double d) return Double.isFinite(d) ? d.toString() : "null";
        if (v instanceof String s) return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return String.valueOf(v);
    }
}
