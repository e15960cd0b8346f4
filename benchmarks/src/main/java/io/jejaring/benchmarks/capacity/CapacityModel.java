package io.jejaring.benchmarks.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Jejaring needs past one machine, by arithmetic alone: a workload, the stated assumptions, and the per-write and
 * per-event costs {@code benchmarks/run} measured ({@link io.jejaring.benchmarks.common.MeasuredCosts}: names such as
 * {@code contacts.cpuMs.contacts-service}, the ms of contacts-service's CPU per contact written). A cost that was not
 * measured is NaN, and so is every figure drawn from it.
 */
public final class CapacityModel {

    static final double SECONDS_PER_DAY = 86_400;
    static final double SECONDS_PER_YEAR = SECONDS_PER_DAY * 365;
    static final List<String> SERVICES = List.of("contacts-service", "interactions-service", "insights-service");
    /** The two kinds of write, as the writes suite names their costs. */
    static final List<String> WRITES = List.of("contacts", "interactions");

    /**
     * The load: {@code contactShare}, the part of the writes that create or change a contact (the rest log
     * interactions).
     */
    public record Workload(long owners, long contactsPerOwner, double writesPerOwnerPerDay, double peakFactor,
            double contactShare) {

        public static final Workload ISSUE_13 = new Workload(1_000_000, 1_000, 30, 10, 0.10);

        double averageWritesPerSecond() {
            return owners * writesPerOwnerPerDay / SECONDS_PER_DAY;
        }

        double peakWritesPerSecond() {
            return averageWritesPerSecond() * peakFactor;
        }

        /** The share of the writes of one kind. */
        double share(String write) {
            return write.equals("contacts") ? contactShare : 1 - contactShare;
        }

        double writesPerYear() {
            return averageWritesPerSecond() * SECONDS_PER_YEAR;
        }
    }

    /**
     * What is assumed rather than measured: each replica's cores, how busy a replica may be at the peak, the
     * smallest replica count (availability), Kafka's replication factor and the bytes an event carries beyond its
     * payload (key, CloudEvents headers, record overhead), and the cores a replica rebuilding a partition has.
     */
    public record Assumptions(double coresPerReplica, double peakUtilisation, int minReplicas, int kafkaReplication,
            double eventOverheadBytes, double rebuildCores, int partitionStep) {

        public static final Assumptions DEFAULT = new Assumptions(2, 0.7, 2, 3, 300, 2, 12);
    }

    /** One service's needs at the peak. */
    public record ServiceNeeds(String service, double cores, int replicas) {
    }

    /** One database's write load: transactions per second at the peak and growth in bytes. */
    public record DatabaseLoad(String service, double peakTransactionsPerSecond, double peakBytesPerSecond,
            double bytesForTheStock, double bytesPerYear) {
    }

    /** Everything the model answers. */
    public record Needs(double averageWritesPerSecond, double peakWritesPerSecond, List<ServiceNeeds> services,
            double postgresCores, List<DatabaseLoad> databases, double brokerCores, double kafkaBytesInPerSecond,
            double kafkaBytesOutPerSecond, double kafkaBytesPerYear, int partitions, double eventsPerPartition,
            double rebuildEventsPerSecond, double rebuildPostgresCores, double rebuildSeconds) {
    }

    private final Workload workload;
    private final Assumptions assumptions;
    private final Map<String, Double> costs;

    public CapacityModel(Workload workload, Assumptions assumptions, Map<String, Double> costs) {
        this.workload = workload;
        this.assumptions = assumptions;
        this.costs = new LinkedHashMap<>(costs);
    }

    /** A measured cost, NaN when the run did not measure it. */
    double cost(String name) {
        return costs.getOrDefault(name, Double.NaN);
    }

    /** Writes of one kind per second at the peak. */
    double peak(String write) {
        return workload.peakWritesPerSecond() * workload.share(write);
    }

    /** Cores that a process needs at the peak: each kind of write at its peak rate times its measured ms per write. */
    double peakCores(String process) {
        double cores = 0;
        for (String write : WRITES) {
            cores += peak(write) * cost(write + ".cpuMs." + process) / 1000;
        }
        return cores;
    }

    int replicas(double cores) {
        if (Double.isNaN(cores)) {
            return -1;
        }
        int needed = (int) Math.ceil(cores / (assumptions.coresPerReplica() * assumptions.peakUtilisation()));
        return Math.max(assumptions.minReplicas(), needed);
    }

    /** Events one write of that kind puts on Kafka, in bytes: its payload and the overhead. */
    double eventBytes(String write) {
        return cost(write + ".eventPayloadBytes") + assumptions.eventOverheadBytes();
    }

    /** How many consumer groups read the events of one kind of write. */
    static int readers(String write) {
        return write.equals("contacts") ? 2 : 1; // interactions-service and insights-service; insights-service only
    }

    public Needs needs() {
        List<ServiceNeeds> services = SERVICES.stream().map(service -> {
            double cores = peakCores(service);
            return new ServiceNeeds(service, cores, replicas(cores));
        }).toList();

        List<DatabaseLoad> databases = SERVICES.stream().map(this::databaseLoad).toList();

        double kafkaIn = 0;
        double kafkaOut = 0;
        double kafkaYear = 0;
        for (String write : WRITES) {
            kafkaIn += peak(write) * eventBytes(write);
            kafkaOut += peak(write) * eventBytes(write) * readers(write);
            kafkaYear += workload.writesPerYear() * workload.share(write) * eventBytes(write);
        }
        kafkaYear *= assumptions.kafkaReplication();

        int insightsReplicas = services.get(2).replicas();
        int partitions = partitions(insightsReplicas);
        // the log holds every contact created (the stock) and a year of writes, each one event insights-service reads
        double eventsInLog = (double) workload.owners() * workload.contactsPerOwner() + workload.writesPerYear();
        double eventsPerPartition = eventsInLog / partitions;
        double rebuildRate = assumptions.rebuildCores() * 1000 / cost("projection.cpuMs.insights-service");
        double rebuildPostgres = rebuildRate * cost("projection.cpuMs.postgresql") / 1000;

        return new Needs(workload.averageWritesPerSecond(), workload.peakWritesPerSecond(), services,
                peakCores("postgresql"), databases, peakCores("broker") * assumptions.kafkaReplication(), kafkaIn,
                kafkaOut, kafkaYear, partitions, eventsPerPartition, rebuildRate, rebuildPostgres,
                eventsPerPartition / rebuildRate);
    }

    /**
     * Partitions of each topic: room for twice the insights replicas the peak needs, in steps that divide evenly
     * among 1, 2, 3, 4 and 6 consumers (12), so scaling out needs no repartitioning.
     */
    int partitions(int insightsReplicas) {
        int step = assumptions.partitionStep();
        int wanted = Math.max(step, 2 * Math.max(insightsReplicas, 1));
        return (wanted + step - 1) / step * step;
    }

    /**
     * One service's database: a transaction per write it takes (its API's, and for insights-service and
     * interactions-service, at most one per event consumed: batches merge them under load), and its measured
     * growth per write.
     */
    DatabaseLoad databaseLoad(String service) {
        double transactions = 0;
        double bytesPerSecond = 0;
        double bytesPerYear = 0;
        for (String write : WRITES) {
            boolean touches = !(service.equals("contacts-service") && write.equals("interactions"));
            double growth = cost(write + ".bytes." + service);
            if (touches) {
                transactions += peak(write);
            }
            bytesPerSecond += peak(write) * growth;
            bytesPerYear += workload.writesPerYear() * workload.share(write) * growth;
        }
        double stock = (double) workload.owners() * workload.contactsPerOwner() * cost("contacts.bytes." + service);
        return new DatabaseLoad(service, transactions, bytesPerSecond, stock, bytesPerYear);
    }
}
