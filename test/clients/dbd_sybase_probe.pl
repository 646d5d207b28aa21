#!/usr/bin/perl
# Perl DBI + DBD::Sybase (FreeTDS CT-Library) against an msxd node. Connects to the freetds.conf
# section named by FREETDS_SECTION ($FREETDSCONF), so TDS version and encryption come from there.
# Prints "@@RESULT <TAB> name <TAB> PASS|FAIL <TAB> detail" per check (see probe_support.py).
use strict;
use warnings;
use DBI;
use Encode qw(decode encode);
use POSIX ();

binmode(STDOUT, ':encoding(UTF-8)');
my $section = $ENV{FREETDS_SECTION} or die "FREETDS_SECTION not set\n";
my $timeout = $ENV{MSXD_TIMEOUT} || 10;
my @messages;
my $dbh;

sub report {
    my ($name, $status, $detail) = @_;
    $detail = '' unless defined $detail;
    $detail =~ s/[\r\n\t]+/ /g;
    print "\@\@RESULT\t$name\t$status\t" . substr($detail, 0, 400) . "\n";
}
sub check { my ($cond, $msg) = @_; die "CHECK: $msg\n" unless $cond; }
sub text { my $v = shift; return defined $v && !utf8::is_utf8($v) ? decode('UTF-8', $v) : $v; }

# CT-Library does not always honour its own timeouts (a server that accepts TCP and then stays
# silent blocks forever), so each step runs under an alarm installed with POSIX::sigaction, whose
# unsafe delivery can interrupt the blocking XS call.
sub guarded {
    my ($what, $code) = @_;
    my $previous = POSIX::SigAction->new;
    POSIX::sigaction(POSIX::SIGALRM(), POSIX::SigAction->new(sub { die "CHECK: $what: no answer within " . ($timeout + 5) . "s\n" }), $previous);
    alarm($timeout + 5);
    my $result = eval { $code->() };
    my $error = $@;
    alarm 0;
    POSIX::sigaction(POSIX::SIGALRM(), $previous);
    die $error if $error;
    return $result;
}

sub first_row {
    my ($sql) = @_;
    my $sth = $dbh->prepare($sql);
    $sth->execute;
    my $row;
    do {
        while (my $r = $sth->fetchrow_arrayref) { $row = [@$r] if !$row && $sth->{syb_result_type} == 4040; }
    } while ($sth->{syb_more_results});
    check($row, "no row for $sql");
    return $row;
}

my @checks = (
    [select_one => sub {
        my $row = first_row('SELECT 1 AS one');
        check($row->[0] == 1, "expected 1, got $row->[0]");
        'one=1';
    }],
    [unicode => sub {
        my $value = text(first_row(encode('UTF-8', "SELECT N'h\x{e9}llo' AS s"))->[0]);
        check($value eq "h\x{e9}llo", "expected h\x{e9}llo, got " . ($value // 'undef'));
        $value;
    }],
    [param => sub {
        # DBD::Sybase's RPC path sends CHAR parameters, which sp_executesql rejects (it wants
        # nvarchar), so this one stays a batch, as a DBI user would write it.
        my $row = first_row("EXEC sp_executesql N'SELECT \@p + 1 AS r', N'\@p int', \@p = 41");
        check($row->[0] == 42, "expected 42, got $row->[0]");
        'EXEC sp_executesql ... @p = 41 -> 42';
    }],
    [raiserror => sub {
        my $ok = eval { $dbh->do("RAISERROR('boom', 16, 1)"); 1 };
        my $error = $@ || '';
        check(!$ok, 'RAISERROR severity 16 did not raise');
        check($error =~ /boom/ && $error =~ /50000/, "error '$error' lacks boom / 50000");
        check(first_row('SELECT 1 AS one')->[0] == 1, 'connection unusable after error');
        'error 50000 boom; connection still usable';
    }],
    [print => sub {
        @messages = ();
        my $row = first_row("PRINT 'hello from print'; SELECT 2 AS two");
        check((grep { $_ =~ /hello from print/ } @messages), 'PRINT not received: ' . join(' | ', @messages));
        check($row->[0] == 2, "expected 2, got $row->[0]");
        'syb_err_handler got the PRINT text; SELECT 2 -> 2';
    }],
);

my $connected = eval {
    guarded('login', sub {
        $dbh = DBI->connect("dbi:Sybase:server=$section;loginTimeout=$timeout;timeout=$timeout;charset=utf8",
            $ENV{MSXD_USER} || 'sa', $ENV{MSXD_PASSWORD}, {
                RaiseError => 1, PrintError => 0, AutoCommit => 1,
                syb_err_handler => sub {
                    my ($number, $severity, $state, $line, $server, $proc, $message) = @_;
                    push @messages, $message;
                    return $severity > 10 ? 1 : 0;   # 0 swallows informational messages (PRINT, 5701)
                },
            }) or die "connect failed: $DBI::errstr\n";
    });
    1;
};
if ($connected) {
    report('login', 'PASS', "DBD::Sybase $DBD::Sybase::VERSION, DBI $DBI::VERSION");
} else {
    (my $error = $@ || 'unknown') =~ s/\s+/ /g;
    report('login', 'FAIL', $error);
}
for my $c (@checks) {
    my ($name, $fn) = @$c;
    if (!$connected) { report($name, 'FAIL', 'not run: login failed'); next; }
    my $detail;
    if (eval { $detail = guarded($name, $fn); 1 }) {
        report($name, 'PASS', $detail);
    } else {
        (my $error = $@ || 'unknown') =~ s/^CHECK: //;
        report($name, 'FAIL', $error);
    }
}
$dbh->disconnect if $dbh;
