// ---- QuickCode driver: runs every test on stdin, answers on fd 3 ----
// QC:list-begin
class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
// QC:list-end
// QC:tree-begin
class TreeNode {
    int val;
    TreeNode left;
    TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}
// QC:tree-end
public class Main {
    static final int LIMIT = 2000000;

    static final class Reader {
        final String x;
        int i = 0;
        Reader(String x) { this.x = x; }
        void ws() { while (i < x.length() && Character.isWhitespace(x.charAt(i))) i++; }
        Object value() {
            ws();
            char c = x.charAt(i);
            if (c == '[') {
                java.util.ArrayList<Object> a = new java.util.ArrayList<>();
                i++; ws();
                if (x.charAt(i) == ']') { i++; return a; }
                for (;;) {
                    a.add(value()); ws();
                    if (x.charAt(i++) == ',') continue;
                    return a;
                }
            }
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (x.charAt(i) != '"') {
                    char ch = x.charAt(i++);
                    if (ch != '\\') { sb.append(ch); continue; }
                    char e = x.charAt(i++);
                    switch (e) {
                        case 'n': sb.append('\n'); break;
                        case 't': sb.append('\t'); break;
                        case 'r': sb.append('\r'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'u': sb.append((char) Integer.parseInt(x.substring(i, i + 4), 16)); i += 4; break;
                        default: sb.append(e);
                    }
                }
                i++;
                return sb.toString();
            }
            if (c == 't') { i += 4; return Boolean.TRUE; }
            if (c == 'f') { i += 5; return Boolean.FALSE; }
            if (c == 'n') { i += 4; return null; }
            int s = i;
            boolean real = false;
            while (i < x.length() && "+-0123456789.eE".indexOf(x.charAt(i)) >= 0) {
                char d = x.charAt(i++);
                if (d == '.' || d == 'e' || d == 'E') real = true;
            }
            String num = x.substring(s, i);
            return real ? (Object) Double.valueOf(num) : (Object) Long.valueOf(num);
        }
    }

    @SuppressWarnings("unchecked")
    static java.util.List<Object> list(Object o) { return (java.util.List<Object>) o; }
    /** A List parameter (LeetCode's Java declares some as List<...>): a mutable ArrayList, each element converted. */
    static <T> java.util.List<T> listOf(Object o, java.util.function.Function<Object, T> element) { java.util.List<Object> l = list(o); java.util.ArrayList<T> r = new java.util.ArrayList<>(l.size()); for (Object x : l) r.add(element.apply(x)); return r; }
    static int toInt(Object o) { return ((Number) o).intValue(); }
    static long toLong(Object o) { return ((Number) o).longValue(); }
    static double toDouble(Object o) { return ((Number) o).doubleValue(); }
    static boolean toBool(Object o) { return (Boolean) o; }
    static String toStr(Object o) { return (String) o; }
    static char toChar(Object o) { return ((String) o).charAt(0); }
    static int[] intArr(Object o) { java.util.List<Object> l = list(o); int[] r = new int[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toInt(l.get(k)); return r; }
    static long[] longArr(Object o) { java.util.List<Object> l = list(o); long[] r = new long[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toLong(l.get(k)); return r; }
    static double[] doubleArr(Object o) { java.util.List<Object> l = list(o); double[] r = new double[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toDouble(l.get(k)); return r; }
    static boolean[] boolArr(Object o) { java.util.List<Object> l = list(o); boolean[] r = new boolean[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toBool(l.get(k)); return r; }
    static String[] strArr(Object o) { java.util.List<Object> l = list(o); String[] r = new String[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toStr(l.get(k)); return r; }
    static char[] charArr(Object o) { java.util.List<Object> l = list(o); char[] r = new char[l.size()]; for (int k = 0; k < r.length; k++) r[k] = toChar(l.get(k)); return r; }
    static int[][] intArr2(Object o) { java.util.List<Object> l = list(o); int[][] r = new int[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = intArr(l.get(k)); return r; }
    static long[][] longArr2(Object o) { java.util.List<Object> l = list(o); long[][] r = new long[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = longArr(l.get(k)); return r; }
    static double[][] doubleArr2(Object o) { java.util.List<Object> l = list(o); double[][] r = new double[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = doubleArr(l.get(k)); return r; }
    static boolean[][] boolArr2(Object o) { java.util.List<Object> l = list(o); boolean[][] r = new boolean[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = boolArr(l.get(k)); return r; }
    static String[][] strArr2(Object o) { java.util.List<Object> l = list(o); String[][] r = new String[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = strArr(l.get(k)); return r; }
    static char[][] charArr2(Object o) { java.util.List<Object> l = list(o); char[][] r = new char[l.size()][]; for (int k = 0; k < r.length; k++) r[k] = charArr(l.get(k)); return r; }
// QC:list-begin
    static ListNode toList(Object o) {
        java.util.List<Object> l = list(o);
        ListNode head = null;
        for (int k = l.size() - 1; k >= 0; k--) head = new ListNode(toInt(l.get(k)), head);
        return head;
    }
    static void serList(StringBuilder sb, ListNode head) {
        sb.append('[');
        int n = 0;
        for (ListNode p = head; p != null; p = p.next) {
            if (n++ > 0) sb.append(',');
            sb.append(p.val);
            if (n > LIMIT) throw new IllegalStateException("the returned linked list has a cycle (or too many nodes)");
        }
        sb.append(']');
    }
// QC:list-end
// QC:tree-begin
    static TreeNode toTree(Object o) {
        java.util.List<Object> l = list(o);
        if (l.isEmpty() || l.get(0) == null) return null;
        TreeNode root = new TreeNode(toInt(l.get(0)));
        java.util.ArrayDeque<TreeNode> q = new java.util.ArrayDeque<>();
        q.add(root);
        int k = 1;
        while (!q.isEmpty() && k < l.size()) {
            TreeNode n = q.poll();
            if (l.get(k) != null) { n.left = new TreeNode(toInt(l.get(k))); q.add(n.left); }
            k++;
            if (k < l.size() && l.get(k) != null) { n.right = new TreeNode(toInt(l.get(k))); q.add(n.right); }
            k++;
        }
        return root;
    }
    static void serTree(StringBuilder sb, TreeNode root) {
        java.util.ArrayList<TreeNode> q = new java.util.ArrayList<>();
        q.add(root);
        for (int h = 0; h < q.size(); h++) {
            TreeNode n = q.get(h);
            if (n != null) { q.add(n.left); q.add(n.right); }
            if (q.size() > LIMIT) throw new IllegalStateException("the returned tree has a cycle (or too many nodes)");
        }
        int end = q.size();
        while (end > 0 && q.get(end - 1) == null) end--;
        sb.append('[');
        for (int h = 0; h < end; h++) {
            if (h > 0) sb.append(',');
            TreeNode n = q.get(h);
            if (n == null) sb.append("null"); else sb.append(n.val);
        }
        sb.append(']');
    }
// QC:tree-end

    static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '\r': sb.append("\\r"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        sb.append('"');
    }

    static void dbl(StringBuilder sb, double d) {
        sb.append(String.format(java.util.Locale.ROOT, "%.5f", d));
    }

    static void ser(StringBuilder sb, Object v) {
        if (v == null) { sb.append("null"); return; }
        if (v instanceof Boolean) { sb.append(((Boolean) v) ? "true" : "false"); return; }
        if (v instanceof Double || v instanceof Float) { dbl(sb, ((Number) v).doubleValue()); return; }
        if (v instanceof Number) { sb.append(v.toString()); return; }
        if (v instanceof Character) { str(sb, String.valueOf((char) (Character) v)); return; }
        if (v instanceof CharSequence) { str(sb, v.toString()); return; }
        if (v instanceof int[]) { int[] a = (int[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); sb.append(a[k]); } sb.append(']'); return; }
        if (v instanceof long[]) { long[] a = (long[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); sb.append(a[k]); } sb.append(']'); return; }
        if (v instanceof double[]) { double[] a = (double[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); dbl(sb, a[k]); } sb.append(']'); return; }
        if (v instanceof boolean[]) { boolean[] a = (boolean[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); sb.append(a[k] ? "true" : "false"); } sb.append(']'); return; }
        if (v instanceof char[]) { char[] a = (char[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); str(sb, String.valueOf(a[k])); } sb.append(']'); return; }
        if (v instanceof Object[]) { Object[] a = (Object[]) v; sb.append('['); for (int k = 0; k < a.length; k++) { if (k > 0) sb.append(','); ser(sb, a[k]); } sb.append(']'); return; }
        if (v instanceof Iterable) { sb.append('['); boolean first = true; for (Object x : (Iterable<?>) v) { if (!first) sb.append(','); first = false; ser(sb, x); } sb.append(']'); return; }
// QC:list-begin
        if (v instanceof ListNode) { serList(sb, (ListNode) v); return; }
// QC:list-end
// QC:tree-begin
        if (v instanceof TreeNode) { serTree(sb, (TreeNode) v); return; }
// QC:tree-end
        throw new IllegalStateException("cannot write a " + v.getClass().getName() + " as an answer");
    }

    static long elapsedNs;

// QC:generated

    /** A runtime error as LeetCode shows it: the exception and the user's frames, not the driver's. */
    static void report(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t != failure) sb.append("Caused by: ");
            sb.append(t).append('\n');
            int shown = 0, hidden = 0, repeats = 0;
            String last = null;
            for (StackTraceElement e : t.getStackTrace()) {
                String cls = e.getClassName();
                if (cls.equals("Main") || cls.startsWith("Main$") || cls.startsWith("java.lang.Thread")) continue;
                String line = e.getLineNumber() > 0 && "Main.java".equals(e.getFileName())
                    ? "  at line " + e.getLineNumber() + ", " + cls + "." + e.getMethodName() + "\n"
                    : "  at " + e + "\n";
                if (line.equals(last) && ++repeats > 2) continue;
                if (!line.equals(last)) {
                    if (repeats > 2) sb.append("  [the line above repeated ").append(repeats - 2).append(" more times]\n");
                    repeats = 0;
                }
                last = line;
                if (shown >= 40) { hidden++; continue; }
                shown++;
                sb.append(line);
            }
            if (repeats > 2) sb.append("  [the line above repeated ").append(repeats - 2).append(" more times]\n");
            if (hidden > 0) sb.append("  ... ").append(hidden).append(" more\n");
        }
        System.err.print(sb);
        System.err.flush();
    }

    /** QC_STACK_MB (below the memory limit: runaway recursion is a StackOverflowError, not a memory limit). */
    static long stackBytes() {
        try {
            return Long.parseLong(System.getenv("QC_STACK_MB")) << 20;
        } catch (RuntimeException e) {
            return 256L << 20;
        }
    }

    public static void main(String[] argv) throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try { runAll(); } catch (Throwable t) { failure[0] = t; }
        }, "main", stackBytes());
        worker.start();
        worker.join();
        if (failure[0] != null) {
            System.out.flush();
            report(failure[0]);
            System.exit(1);
        }
        System.out.flush();
    }

    /** fd 3: reopened through /proc when it is a pipe or file, else (a socket) wrapped in place. */
    static java.io.OutputStream answerChannel() throws Exception {
        try {
            return new java.io.FileOutputStream("/proc/self/fd/3", true);
        } catch (java.io.IOException e) {
            // Reflection keeps javac from warning about sun.misc.Unsafe in the user's compile output.
            Class<?> u = Class.forName("sun.misc.Unsafe");
            java.lang.reflect.Field f = u.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            Object unsafe = f.get(null);
            long offset = (Long) u.getMethod("objectFieldOffset", java.lang.reflect.Field.class).invoke(unsafe, java.io.FileDescriptor.class.getDeclaredField("fd"));
            java.io.FileDescriptor fd = new java.io.FileDescriptor();
            u.getMethod("putInt", Object.class, long.class, int.class).invoke(unsafe, fd, offset, 3);
            return new java.io.FileOutputStream(fd);
        }
    }

    static void runAll() throws Throwable {
        String input = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = input.split("\n", -1);
        int total = lines.length;
        if (total > 0 && lines[total - 1].isEmpty()) total--;
        String nonce = System.getenv("QC_NONCE");
        if (nonce == null) nonce = "";
        java.io.PrintStream out = new java.io.PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), false, "UTF-8");
        System.setOut(out);
        java.io.OutputStream answers = answerChannel();
        int per = PER_TEST;
        int count = per > 0 ? total / per : 1;
        for (int t = 0; t < count; t++) {
            Object[] vals = new Object[per];
            for (int k = 0; k < per; k++) vals[k] = new Reader(lines[t * per + k]).value();
            elapsedNs = 0;
            StringBuilder sb = new StringBuilder();
            run(vals, sb);
            sb.append('\n');
            String line = t + " " + (elapsedNs / 1000) + " " + sb;
            answers.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            answers.flush();
            out.flush();
            out.print(nonce + "\n");
            out.flush();
        }
    }
}
