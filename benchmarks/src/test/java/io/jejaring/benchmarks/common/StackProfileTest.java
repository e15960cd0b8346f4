package io.jejaring.benchmarks.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jejaring.benchmarks.common.StackProfile.Count;

class StackProfileTest {

    private static final String THREAD = "java.lang.Thread.run";
    private static final String LOOP = "io.netty.channel.nio.NioEventLoop.run";
    private static final String RESOURCE = "io.jejaring.contacts.api.ContactResource.create";
    private static final String PROXY = "io.jejaring.contacts.api.ContactResource_Subclass.create";
    private static final String AUTHENTICATED = "io.quarkus.security.runtime.interceptor.SecurityHandler.handle";
    private static final String VERIFY = "org.jose4j.jws.JsonWebSignature.verifySignature";
    private static final String RSA = "sun.security.rsa.RSACore.rsa";
    private static final String FLUSH = "org.hibernate.event.internal.AbstractFlushingEventListener.flush";
    private static final String SEND = "org.postgresql.core.v3.QueryExecutorImpl.sendQuery";

    /** As the converter writes them: root first, kinds marked, the same method JIT-compiled in one and inlined in another. */
    private static final List<String> COLLAPSED = List.of(
            THREAD + "_[j];" + LOOP + "_[j];" + PROXY + "_[j];" + RESOURCE + "_[j];" + VERIFY + "_[i];" + RSA + "_[j] 50",
            THREAD + "_[j];" + LOOP + "_[j];" + AUTHENTICATED + "_[j];" + PROXY + "_[j];" + RESOURCE + "_[j];" + FLUSH + "_[i];" + SEND + "_[j] 30",
            THREAD + "_[j];" + LOOP + "_[j];" + RESOURCE + "_[0];" + RESOURCE + "_[i];" + SEND + "_[i] 15",
            "",
            "JavaThread::run;GCTaskThread::work;asm_exc_page_fault_[k] 5");

    @Test
    void ranksFramesBySelfAndByTotalWithTheSameMethodCountedOnceWhateverItsKind() {
        StackProfile profile = StackProfile.parse(COLLAPSED);

        assertThat(profile.total()).isEqualTo(100);
        assertThat(profile.topSelf(3)).containsExactly(
                new Count(RSA, 50), new Count(SEND, 45), new Count("asm_exc_page_fault", 5));
        // recursion (the resource twice in the third stack) counts once per stack
        assertThat(profile.topTotal(4)).containsExactly(
                new Count(RESOURCE, 95), new Count(LOOP, 95), new Count(THREAD, 95), new Count(PROXY, 80));
    }

    @Test
    void ranksJejaringMethodsByTotalWithoutTheWrappersQuarkusGenerates() {
        assertThat(StackProfile.parse(COLLAPSED).topJejaring(10)).containsExactly(new Count(RESOURCE, 95));
    }

    @Test
    void countsAStackOnceInEachLayerItPassesThroughButNotInTheLayerOfAnInterceptorAroundTheWholeCall() {
        StackProfile profile = StackProfile.parse(COLLAPSED);

        assertThat(profile.byLayer()).containsExactly(
                Map.entry("HTTP", 95L), Map.entry("Transactions", 0L),
                Map.entry("Hibernate", 30L), Map.entry("Security/JWT", 50L),
                Map.entry("JDBC driver", 45L), Map.entry("Kafka client", 0L),
                Map.entry("JSON", 0L), Map.entry("Jejaring code", 95L));
        assertThat(new StackProfile.Layer("HTTP", "io.netty").contains("io.nettyish.Thing")).isFalse();
    }

    @Test
    void anAllocationProfileCountsBytesWithTheTypeAllocatedOnTop() {
        StackProfile profile = StackProfile.parse(List.of(
                RESOURCE + "_[j];byte[]_[i] 4000000",
                SEND + "_[j];byte[]_[k] 1000000",
                RESOURCE + "_[j];java.lang.String_[i] 500000"));

        assertThat(profile.total()).isEqualTo(5_500_000);
        assertThat(profile.topSelf(1)).containsExactly(new Count("byte[]", 5_000_000));
        assertThat(profile.topJejaring(1)).containsExactly(new Count(RESOURCE, 4_500_000));
    }

    @Test
    void refusesALineThatIsNotACollapsedStack() {
        assertThatThrownBy(() -> StackProfile.parse(List.of(THREAD + ";" + LOOP)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LOOP);
        assertThatThrownBy(() -> StackProfile.parse(List.of("12")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsTheClassesQuarkusGeneratesAroundOurs() {
        assertThat(StackProfile.generated("io.jejaring.contacts.api.ContactResource_Subclass$1")).isTrue();
        assertThat(StackProfile.generated("io.jejaring.contacts.domain.ContactService_ClientProxy")).isTrue();
        assertThat(StackProfile.generated("io.jejaring.api.ContactResource$quarkusrestinvoker$create_164c9bf7")).isTrue();
        assertThat(StackProfile.generated("io.jejaring.consume.EventBatchProcessor$$Lambda")).isTrue();
        assertThat(StackProfile.generated("io.jejaring.plumbing.consume.EventBatchProcessor$Batch")).isFalse();
        assertThat(StackProfile.generated("io.jejaring.some_package.Foo")).isFalse();
    }
}
