package io.jejaring.local;

/** Where the three services answer: each on its own port locally, or all behind one gateway. */
public record Endpoints(String contacts, String interactions, String insights) {

    /** The local stack's services, on their own ports. */
    public static Endpoints local() {
        return new Endpoints(Service.ALL.get(0).baseUrl(), Service.ALL.get(1).baseUrl(), Service.ALL.get(2).baseUrl());
    }

    /**
     * One address for all three, as behind the Kubernetes ingress: it routes {@code /api/v1/contacts} and
     * {@code /api/v1/owner} to contacts-service, {@code /api/v1/interactions} and {@code /api/v1/commitments} to
     * interactions-service, and {@code /api/v1/insights} to insights-service.
     */
    public static Endpoints gateway(String baseUrl) {
        String base = baseUrl.replaceAll("/+$", "");
        return new Endpoints(base, base, base);
    }

    public String contactsApi() {
        return contacts + "/api/v1/contacts";
    }

    public String interactionsApi() {
        return interactions + "/api/v1/interactions";
    }

    public String commitmentsApi() {
        return interactions + "/api/v1/commitments";
    }

    public String insightsApi() {
        return insights + "/api/v1/insights";
    }
}
